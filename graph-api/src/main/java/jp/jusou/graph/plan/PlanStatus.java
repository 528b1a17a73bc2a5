package jp.jusou.graph.plan;

import jp.jusou.graph.support.Labelled;

/** States of a support plan, with the label users read. */
public enum PlanStatus implements Labelled {

	DRAFT("作成中"), ACTIVE("実施中"), UNDER_REVIEW("再プラン中"), CLOSED("終結"), SUSPENDED("中断");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
