package jp.jusou.graph.consent;

import jp.jusou.graph.support.Labelled;

/** What a consent decides. */
public enum ConsentDecision implements Labelled {

	PERMIT("同意する"), DENY("同意しない");

	private final String label;

	ConsentDecision(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
