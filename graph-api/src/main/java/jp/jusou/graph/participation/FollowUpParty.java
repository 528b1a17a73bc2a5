package jp.jusou.graph.participation;

import jp.jusou.graph.support.Labelled;

/** Whom a follow-up was with (the schema's FollowUpParty; stored as text). */
public enum FollowUpParty implements Labelled {

	PERSON("本人"), HOST("受け入れ先");

	private final String label;

	FollowUpParty(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
