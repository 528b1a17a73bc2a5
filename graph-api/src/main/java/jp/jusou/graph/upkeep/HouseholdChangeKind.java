package jp.jusou.graph.upkeep;

import jp.jusou.graph.support.Labelled;

/** What a household change records, with the label users read. */
public enum HouseholdChangeKind implements Labelled {

	MEMBER_ADDED("世帯員の追加"), MEMBER_LEFT("世帯員の離脱"), MOVED("転居"), PATTERNS_REASSESSED("世帯の課題の再評価"),
	CONTACT_UPDATED("連絡先の更新");

	private final String label;

	HouseholdChangeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
