package jp.jusou.graph.timeline;

import jp.jusou.graph.support.Labelled;

/** What a timeline entry records, with the label users read. */
public enum TimelineKind implements Labelled {

	CASE, CONSULTATION, REFERRAL, VISIT, SIGNAL, MEETING, PLAN, CONSENT, PARTICIPATION, HOUSEHOLD, ASSESSMENT;

}
