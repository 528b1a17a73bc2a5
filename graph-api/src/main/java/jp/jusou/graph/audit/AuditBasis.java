package jp.jusou.graph.audit;

import jp.jusou.graph.support.Labelled;

/**
 * Why a request read what it read, where that is no basis of the access policy
 * ({@code AccessBasis}): bases an audit record carries for the privacy officer.
 */
enum AuditBasis implements Labelled {

	/** The privacy officer read a person's trail (開示請求, 監査). */
	PRIVACY_OFFICER,
	/** A window identified the person in front of it (identifyPerson). */
	IDENTIFIED_AT_WINDOW,
	/** A retry with the same Idempotency-Key got the first answer again. */
	IDEMPOTENT_REPLAY

}
