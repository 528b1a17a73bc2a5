package jp.jusou.graph.evaluation;

import jp.jusou.graph.support.Labelled;

/**
 * How a household first became known: its first signal's source, or its first
 * consultation's 相談者 (a 相談会 or a referral by its channel).
 */
public enum KnownThrough implements Labelled {

	SELF, FAMILY, NEIGHBOUR, WELFARE_COMMISSIONER, AGENCY, CONSULTATION_EVENT, LIFELINE, KAYOI_NO_BA, LINE, MEETING,
	OTHER

}
