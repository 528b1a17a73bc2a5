package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** How a consultation reached the window (相談経路). */
public enum ConsultationChannel implements Labelled {

	WALK_IN, PHONE, VISIT, ONLINE, REFERRAL, CONSULTATION_EVENT;

}
