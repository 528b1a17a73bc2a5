package jp.jusou.graph.household;

import jp.jusou.graph.support.Labelled;

/** Patterns of needs across fields, with the label users read. */
public enum HouseholdPattern implements Labelled {

	EIGHTY_FIFTY("8050問題"), DOUBLE_CARE("ダブルケア"), YOUNG_CARER("ヤングケアラー"), HIKIKOMORI("ひきこもり"), ELDERLY_ALONE("高齢独居"),
	POVERTY_WITH_DISABILITY("生活困窮と障害");

	private final String label;

	HouseholdPattern(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
