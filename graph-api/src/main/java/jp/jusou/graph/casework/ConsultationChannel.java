package jp.jusou.graph.casework;

/** How a consultation reached the agency (相談経路). */
public enum ConsultationChannel {

	WALK_IN, PHONE, VISIT, ONLINE, REFERRAL

}
