package jp.jusou.graph.evaluation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 実施計画's years: a target per year where one differs (by-year), else the annual one; a
 * fiscal year named as the report names it (令和元年度 for 2019).
 */
class PlanYearsTests {

	@Test
	void aYearOfThePlanMayHaveItsOwnTarget() {
		EvaluationProperties.Target classes = new EvaluationProperties.Target("classes",
				SupportBusiness.COMMUNITY_BUILDING, "介護予防教室開催回数", "回", null, 650, Map.of(2028, 700), null,
				EvaluationMeasure.SESSIONS, "介護予防教室");
		assertThat(classes.targetFor(2027)).isEqualTo(650);
		assertThat(classes.targetFor(2028)).isEqualTo(700);
	}

	@Test
	void fiscalYearsAreNamedInTheJapaneseEra() {
		assertThat(EvaluationService.fiscalYearName(2019)).isEqualTo("令和元年度");
		assertThat(EvaluationService.fiscalYearName(2026)).isEqualTo("令和8年度");
		assertThat(EvaluationService.fiscalYearName(2018)).isEqualTo("平成30年度");
	}

}
