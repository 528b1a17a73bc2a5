package jp.jusou.graph.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import jp.jusou.graph.dashboard.DashboardProperties;
import jp.jusou.graph.evaluation.Evaluation.Business;
import jp.jusou.graph.evaluation.Evaluation.Count;
import jp.jusou.graph.evaluation.Evaluation.Narrative;
import jp.jusou.graph.evaluation.Evaluation.Outcomes;
import jp.jusou.graph.evaluation.Evaluation.Target;
import jp.jusou.graph.household.HouseholdPattern;
import jp.jusou.graph.meeting.GoalAttainment;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * The 推進会議's yearly report (004 §7(3); graph-model.md "The yearly evaluation"): each
 * target of the 実施計画 with the year's actual — counted afresh from the record
 * (evaluation.cypher), or the newest figure entered by hand — and the previous year's;
 * the outcome indicators. Counts derived from persons from 1 to below the dashboard's
 * threshold leave only as suppressed; a computed target with no record in the year says
 * 記録なし rather than 0, since the graph cannot tell "none held" from "none recorded".
 */
@Service
public class EvaluationService {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm");

	private final NamedQueries graph;

	private final EvaluationProperties properties;

	private final int threshold;

	private final Clock clock;

	EvaluationService(NamedQueries graph, EvaluationProperties properties, DashboardProperties dashboard, Clock clock) {
		this.graph = graph;
		this.properties = properties;
		this.threshold = dashboard.suppressionThreshold();
		this.clock = clock;
	}

	/** The fiscal year's evaluation. */
	public Evaluation of(int fiscalYear) {
		checkYear("fiscalYear", fiscalYear);
		YearCounts now = counts(fiscalYear);
		YearCounts before = counts(fiscalYear - 1);
		Entries entries = entries(fiscalYear);
		EvaluationProperties.Plan plan = properties.plan();
		boolean within = fiscalYear >= plan.firstYear() && fiscalYear <= plan.lastYear();
		List<Business> businesses = new ArrayList<>();
		for (SupportBusiness business : SupportBusiness.values()) {
			List<Target> targets = properties.targets()
				.stream()
				.filter(target -> target.business() == business)
				.map(target -> target(target, fiscalYear, within, now, before, entries))
				.toList();
			businesses.add(new Business(business, targets, entries.narrative(business, fiscalYear)));
		}
		return new Evaluation(fiscalYear, fiscalYearName(fiscalYear),
				new Evaluation.Plan(plan.name(), plan.firstYear(), plan.lastYear()), within, List.copyOf(businesses),
				outcomes(now, before), threshold, ZonedDateTime.now(clock).withZoneSameInstant(JAPAN).format(STAMP));
	}

	/** The fiscal year as the report names it: 令和8年度 (令和元年度 = 2019). */
	static String fiscalYearName(int fiscalYear) {
		if (fiscalYear >= 2019) {
			int reiwa = fiscalYear - 2018;
			return "令和" + (reiwa == 1 ? "元" : String.valueOf(reiwa)) + "年度";
		}
		return "平成" + (fiscalYear - 1988) + "年度";
	}

	static void checkYear(String argument, int fiscalYear) {
		if (fiscalYear < 2021 || fiscalYear > 2100) {
			throw new InvalidArgumentException(argument, "range",
					"must be between 2021 (the first year of 重層的支援体制整備事業) and 2100, was " + fiscalYear
							+ " (年度は2021〜2100で指定してください)");
		}
	}

	private YearCounts counts(int fiscalYear) {
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		Record row = graph
			.single("evaluation",
					Parameters.of("from", from, "to", from.plusYears(1).minusDays(1), "today", LocalDate.now(clock),
							"activityKeys", keys(EvaluationMeasure.SESSIONS, EvaluationMeasure.ACTIVITY_GROUPS),
							"resourceKinds", keys(EvaluationMeasure.RESOURCE_SESSIONS,
									EvaluationMeasure.RESOURCE_ATTENDANCE, EvaluationMeasure.RESOURCE_PARTICIPANTS)))
			.orElseThrow();
		return YearCounts.from(row);
	}

	private List<String> keys(EvaluationMeasure... measures) {
		List<EvaluationMeasure> wanted = Arrays.asList(measures);
		return List.copyOf(new TreeSet<>(properties.targets()
			.stream()
			.filter(target -> wanted.contains(target.measure()) && target.key() != null)
			.map(EvaluationProperties.Target::key)
			.toList()));
	}

	private Target target(EvaluationProperties.Target target, int fiscalYear, boolean within, YearCounts now,
			YearCounts before, Entries entries) {
		boolean computed = target.measure() != EvaluationMeasure.MANUAL;
		Integer goal = within ? target.targetFor(fiscalYear) : null;
		String goalText = within ? target.targetText() : "計画期間外";
		Figure actual = figure(target, fiscalYear, now, entries);
		Figure previous = figure(target, fiscalYear - 1, before, entries);
		Double ratio = goal != null && goal > 0 && actual.value() != null
				? Math.round(actual.value() * 1000.0 / goal) / 1000.0 : null;
		Entry entry = computed ? null : entries.entry(target.id(), fiscalYear);
		return new Target(target.id(), target.name(), target.unit(), target.source(), goal, goalText, actual.value(),
				actual.source(), actual.suppressed(), ratio, previous.value(), entry == null ? null : entry.by(),
				entry == null ? null : entry.at(), entry == null ? null : entry.note(), computed);
	}

	/** An actual: its value (null when suppressed or none), where it came from. */
	private record Figure(Integer value, ActualSource source, boolean suppressed) {
	}

	private Figure figure(EvaluationProperties.Target target, int fiscalYear, YearCounts counts, Entries entries) {
		if (target.measure() == EvaluationMeasure.MANUAL) {
			Entry entry = entries.entry(target.id(), fiscalYear);
			return entry == null ? new Figure(null, ActualSource.NO_DATA, false)
					: new Figure(entry.value(), ActualSource.ENTERED, false);
		}
		long value = counts.value(target.measure(), target.key());
		if (value == 0) {
			return new Figure(null, ActualSource.NO_DATA, false);
		}
		if (target.measure().personDerived() && value < threshold) {
			return new Figure(null, ActualSource.COMPUTED, true);
		}
		return new Figure(Math.toIntExact(value), ActualSource.COMPUTED, false);
	}

	private Outcomes outcomes(YearCounts now, YearCounts before) {
		Function<String, Long> closingsNow = key -> now.closings().getOrDefault(key, 0L);
		Function<String, Long> closingsBefore = key -> before.closings().getOrDefault(key, 0L);
		List<Count> attainment = Arrays.stream(GoalAttainment.values())
			.map(value -> count(value.name(), value.label(), closingsNow.apply("CLOSE:" + value.name()),
					closingsBefore.apply("CLOSE:" + value.name())))
			.toList();
		Map<String, Long> participation = now.participation();
		Map<String, Long> participationBefore = before.participation();
		return new Outcomes(count(null, "終結したプラン", closingsNow.apply("CLOSE"), closingsBefore.apply("CLOSE")),
				count(null, "中断したプラン", closingsNow.apply("SUSPEND"), closingsBefore.apply("SUSPEND")), attainment,
				figure("参加支援の開始", "started", participation, participationBefore),
				figure("3か月後も継続", "after3", participation, participationBefore),
				figure("3か月を経過", "due3", participation, participationBefore),
				figure("6か月後も継続", "after6", participation, participationBefore),
				figure("6か月を経過", "due6", participation, participationBefore), routes(now, before),
				Arrays.stream(HouseholdPattern.values())
					.map(pattern -> count(pattern.name(), pattern.label(),
							now.patterns().getOrDefault(pattern.name(), 0L),
							before.patterns().getOrDefault(pattern.name(), 0L)))
					.toList(),
				Arrays.stream(KnownThrough.values())
					.map(route -> count(route.name(), route.label(), now.knownThrough().getOrDefault(route.name(), 0L),
							before.knownThrough().getOrDefault(route.name(), 0L)))
					.toList());
	}

	private Count figure(String label, String key, Map<String, Long> now, Map<String, Long> before) {
		return count(null, label, now.getOrDefault(key, 0L), before.getOrDefault(key, 0L));
	}

	private List<Count> routes(YearCounts now, YearCounts before) {
		TreeSet<String> keys = new TreeSet<>(now.referralRoutes().keySet());
		keys.addAll(before.referralRoutes().keySet());
		return keys.stream()
			.map(key -> count(key, routeWords(key), now.referralRoutes().getOrDefault(key, 0L),
					before.referralRoutes().getOrDefault(key, 0L)))
			.toList();
	}

	private static String routeWords(String key) {
		String[] fields = key.split("→", -1);
		return Arrays.stream(fields)
			.map(field -> field.isEmpty() || "?".equals(field) ? "不明" : Field.of(field).label())
			.reduce((a, b) -> a + "→" + b)
			.orElse(key);
	}

	/** A count derived from persons: from 1 to below the threshold, suppressed. */
	private Count count(String key, String label, long now, long before) {
		boolean hidden = now > 0 && now < threshold;
		boolean hiddenBefore = before > 0 && before < threshold;
		return new Count(key, label, hidden ? null : Math.toIntExact(now), hidden,
				hiddenBefore ? null : Math.toIntExact(before), hiddenBefore);
	}

	// ── entered by hand
	// ─────────────────────────────────────────────────────────────────────

	/** A figure entered by hand, with who entered it and when (JST). */
	record Entry(int value, String note, String by, String at) {
	}

	/** The newest entries and 現状と課題 of the year and the one before. */
	record Entries(Map<String, Entry> entries, Map<String, Narrative> narratives) {

		Entry entry(String targetId, int fiscalYear) {
			return entries.get(targetId + "@" + fiscalYear);
		}

		Narrative narrative(SupportBusiness business, int fiscalYear) {
			return narratives.get(business.name() + "@" + fiscalYear);
		}
	}

	Entries entries(int fiscalYear) {
		Record row = graph.single("evaluation-entries", Map.of("years", List.of(fiscalYear, fiscalYear - 1)))
			.orElseThrow();
		Map<String, Entry> entries = new HashMap<>();
		for (Value entry : row.get("entries").asList(value -> value)) {
			entries.put(entry.get("targetId").asString() + "@" + entry.get("fiscalYear").asInt(),
					new Entry(entry.get("value").asInt(), entry.get("note").asString(null), who(entry),
							stamp(entry.get("enteredAt"))));
		}
		Map<String, Narrative> narratives = new HashMap<>();
		for (Value narrative : row.get("narratives").asList(value -> value)) {
			narratives.put(narrative.get("business").asString() + "@" + narrative.get("fiscalYear").asInt(),
					new Narrative(narrative.get("text").asString(), who(narrative), stamp(narrative.get("enteredAt"))));
		}
		return new Entries(entries, narratives);
	}

	private static String who(Value entered) {
		String staff = entered.get("staffName").asString(null);
		String agency = entered.get("agencyName").asString(null);
		return staff == null ? null : agency == null ? staff : staff + "（" + agency + "）";
	}

	private static String stamp(Value instant) {
		return instant.asZonedDateTime().withZoneSameInstant(JAPAN).format(STAMP);
	}

	/**
	 * The configured target {@code targetId}, refused when none or counted by the graph.
	 */
	EvaluationProperties.Target manualTarget(String argument, String targetId) {
		EvaluationProperties.Target target = properties.targets()
			.stream()
			.filter(candidate -> Objects.equals(candidate.id(), targetId))
			.findFirst()
			.orElseThrow(() -> new InvalidArgumentException(argument, "a-target-of-the-plan",
					"no target " + targetId + " in the plan (実施計画にない目標です)"));
		if (target.measure() != EvaluationMeasure.MANUAL) {
			throw new InvalidArgumentException(argument, "entered-by-hand",
					"this target is counted from the record and cannot be entered (この目標は記録から自動で集計されます)");
		}
		return target;
	}

}
