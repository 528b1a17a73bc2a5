package jp.jusou.graph.casework;

/**
 * To the 多機関協働 body, back from it to a single-field agency, or from one window to
 * another.
 */
public enum ReferralDirection {

	TO_COORDINATION, BACK_TO_AGENCY, BETWEEN_AGENCIES

}
