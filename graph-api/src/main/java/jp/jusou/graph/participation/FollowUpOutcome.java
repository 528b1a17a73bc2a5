package jp.jusou.graph.participation;

/** Outcome of a follow-up; ENDED ends the match. */
public enum FollowUpOutcome {

	CONTINUING, STRUGGLING, ENDED

}
