package jp.jusou.graph.agency;

/** How the municipality runs a service: 直営 or 委託. */
public enum Operation {

	DIRECT("直営"), CONTRACTED("委託");

	private final String label;

	Operation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
