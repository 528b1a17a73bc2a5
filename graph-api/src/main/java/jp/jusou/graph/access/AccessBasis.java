package jp.jusou.graph.access;

/** The three ways person-level data may reach a user, with the label users read. */
public enum AccessBasis {

	OWN_AGENCY("自機関の記録"), CONSENT("本人同意"), SUPPORT_MEETING("支援会議等（守秘義務のある法定会議：社会福祉法第106条の6ほか）");

	private final String label;

	AccessBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
