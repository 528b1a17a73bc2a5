package jp.jusou.graph.participation;

import jp.jusou.graph.support.Labelled;

/** What a follow-up found (定着支援). */
public enum FollowUpOutcome implements Labelled {

	CONTINUING("継続"), STRUGGLING("課題あり"), ENDED("終了");

	private final String label;

	FollowUpOutcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
