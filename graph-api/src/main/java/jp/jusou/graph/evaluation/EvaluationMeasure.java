package jp.jusou.graph.evaluation;

/**
 * How a target's actual is found (evaluation.cypher), and whether the count is derived
 * from persons (then suppressed below the threshold, as the dashboard does).
 */
public enum EvaluationMeasure {

	/** Entered by hand (enterEvaluationActual): the graph cannot count it. */
	MANUAL(false),
	/** Meetings held as kind {@code key} (MeetingKind). */
	MEETINGS(false),
	/** Households discussed at meetings of kind {@code key} (事例検討件数). */
	CASES_REVIEWED(false),
	/** Sessions of the activities whose name holds {@code key} (e.g. 介護予防教室). */
	SESSIONS(false),
	/**
	 * Activities in force in the year whose name holds {@code key} (e.g. いきいき百歳体操: 団体数).
	 */
	ACTIVITY_GROUPS(false),
	/** Sessions held at resources of kind {@code key} (ResourceKind). */
	RESOURCE_SESSIONS(false),
	/** Attendance (延べ) of the sessions at resources of kind {@code key}. */
	RESOURCE_ATTENDANCE(false),
	/**
	 * Persons taking part, by a participation match in force, at resources of kind
	 * {@code key} (実利用).
	 */
	RESOURCE_PARTICIPANTS(true),
	/** Visits made (延件数). */
	VISITS(true),
	/** Households visited (実件数: each once in the year). */
	HOUSEHOLDS_VISITED(true),
	/** Participation matches started (参加支援). */
	PARTICIPATION_STARTED(true);

	private final boolean personDerived;

	EvaluationMeasure(boolean personDerived) {
		this.personDerived = personDerived;
	}

	boolean personDerived() {
		return personDerived;
	}

}
