package jp.jusou.graph.participation;

import jp.jusou.graph.support.Labelled;

/**
 * Whether a participation match is going on (the schema's MatchStatus; stored as text).
 */
public enum MatchStatus implements Labelled {

	ACTIVE("参加中"), ENDED("終了");

	private final String label;

	MatchStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
