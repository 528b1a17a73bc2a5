package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** How a consultation reached the window (相談経路). */
public enum ConsultationChannel implements Labelled {

	WALK_IN("来所"), PHONE("電話"), VISIT("訪問"), ONLINE("LINE・メール"), REFERRAL("他機関からの紹介");

	private final String label;

	ConsultationChannel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
