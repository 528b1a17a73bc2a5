package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/** Why a resident counts as isolated, with the label users read. */
public enum IsolationReason implements Labelled {

	LIVES_ALONE("独居"), LIVES_ONLY_WITH_DEPENDANT("要介護者等とのみ同居"), NO_ACTIVITY("活動参加なし"), NO_OPEN_CASE("支援ケースなし"),
	NO_RECENT_VISIT("180日以内の訪問なし");

	private final String label;

	IsolationReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
