package jp.jusou.graph.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 実施計画 (社会福祉法 第106条の5) the yearly evaluation measures against: its name and period,
 * and its targets per 事業 (application.yml carries 004's).
 *
 * @param plan the plan and its period
 * @param targets the targets, in the order the report lists them within each 事業
 */
@ConfigurationProperties("jusou.evaluation")
public record EvaluationProperties(@DefaultValue Plan plan, @DefaultValue List<Target> targets) {

	/**
	 * @param name e.g. 第2期重層的支援体制整備事業実施計画
	 * @param firstYear its first fiscal year
	 * @param lastYear its last fiscal year
	 */
	public record Plan(@DefaultValue("重層的支援体制整備事業実施計画") String name, @DefaultValue("2026") int firstYear,
			@DefaultValue("2031") int lastYear) {
	}

	/**
	 * @param id stable id, used by enterEvaluationActual
	 * @param business the 事業 it belongs to
	 * @param name what users read, e.g. 介護予防教室開催回数
	 * @param unit 回, 件, 人, 団体
	 * @param source the plan it comes from, as 004 names it
	 * @param annual the target for each year of the plan, or null for one given in words
	 * @param byYear a different target for some years (fiscal year → target)
	 * @param targetText the target in words (e.g. 前年度より増加), where it has no number
	 * @param measure how the actual is found
	 * @param key what the measure counts within (a meeting or resource kind, words of an
	 * activity's name)
	 */
	public record Target(String id, SupportBusiness business, String name, String unit, String source, Integer annual,
			Map<Integer, Integer> byYear, String targetText, EvaluationMeasure measure, String key) {

		Integer targetFor(int fiscalYear) {
			return byYear != null && byYear.containsKey(fiscalYear) ? byYear.get(fiscalYear) : annual;
		}
	}

}
