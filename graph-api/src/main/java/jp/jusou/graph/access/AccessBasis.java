package jp.jusou.graph.access;

import jp.jusou.graph.support.Labelled;

/**
 * The ways person-level data may reach a user, with the label users read: the three bases
 * of an item or a member, and the outreach assignment, which opens a home's address and
 * location only.
 */
public enum AccessBasis implements Labelled {

	OWN_AGENCY("自機関の記録"), CONSENT("本人同意"), SUPPORT_MEETING("支援会議等（守秘義務のある法定会議：社会福祉法第106条の6ほか）"),
	OUTREACH_ASSIGNMENT("アウトリーチの割当て（多機関協働事業者または支援会議の決定）");

	private final String label;

	AccessBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
