package jp.jusou.graph.evaluation;

import java.util.List;

/** A fiscal year's evaluation, as the schema's Evaluation. */
public record Evaluation(int fiscalYear, String fiscalYearName, Plan plan, boolean withinPlanPeriod,
		List<Business> businesses, Outcomes outcomes, int suppressionThreshold, String countedAt) {

	/** The 実施計画 and its period. */
	public record Plan(String name, int firstYear, int lastYear) {
	}

	/** One 事業's targets and 現状と課題. */
	public record Business(SupportBusiness business, List<Target> targets, Narrative narrative) {
	}

	/** A target with the year's actual, as the schema's EvaluationTarget. */
	public record Target(String id, String name, String unit, String source, Integer target, String targetText,
			Integer actual, ActualSource actualSource, boolean suppressed, Double ratio, Integer previousYear,
			String enteredBy, String enteredAt, String note, boolean computed) {
	}

	/** The 現状と課題 text entered for a 事業. */
	public record Narrative(String text, String enteredBy, String enteredAt) {
	}

	/** The outcome indicators. */
	public record Outcomes(Count plansClosed, Count plansSuspended, List<Count> goalAttainment,
			Count participationStarted, Count stillAfter3Months, Count reached3Months, Count stillAfter6Months,
			Count reached6Months, List<Count> referralRoutes, List<Count> byPattern, List<Count> byHowKnown) {
	}

	/** One count and the previous year's, each null when suppressed. */
	public record Count(String key, String label, Integer count, boolean suppressed, Integer previousYear,
			boolean previousSuppressed) {
	}

}
