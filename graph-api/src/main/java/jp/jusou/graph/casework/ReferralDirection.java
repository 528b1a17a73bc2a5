package jp.jusou.graph.casework;

/** To the 多機関協働 body, or back to a single-field agency. */
public enum ReferralDirection {
	TO_COORDINATION, BACK_TO_AGENCY
}
