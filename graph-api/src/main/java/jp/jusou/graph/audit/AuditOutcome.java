package jp.jusou.graph.audit;

import jp.jusou.graph.support.Labelled;

/** What an audited request showed of the person asked about (auditTrail's outcome). */
public enum AuditOutcome implements Labelled {

	SHOWN("表示"),
	/** Some shown, some withheld. */
	PARTIAL("一部表示"), WITHHELD("非表示");

	private final String label;

	AuditOutcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
