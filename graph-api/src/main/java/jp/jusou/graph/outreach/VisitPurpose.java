package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/** What a visit was for: the programme it belongs to (stored as text). */
public enum VisitPurpose implements Labelled {

	WELFARE_COMMISSIONER_WATCH, ELDERLY_OUTREACH, MENTAL_HEALTH_OUTREACH, WITHDRAWAL_OUTREACH, CHILD_REARING_VISIT,
	CSW_OUTREACH, FOLLOW_UP, OTHER;

}
