package jp.jusou.graph.agency;

import jp.jusou.graph.support.Labelled;

/** How the municipality runs a service: 直営 or 委託. */
public enum Operation implements Labelled {

	DIRECT("直営"), CONTRACTED("委託");

	private final String label;

	Operation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
