package jp.jusou.graph.audit;

import jp.jusou.graph.support.Labelled;

/** What an audited request showed of the person asked about (auditTrail's outcome). */
public enum AuditOutcome implements Labelled {

	SHOWN,
	/** Some shown, some withheld. */
	PARTIAL, WITHHELD;

}
