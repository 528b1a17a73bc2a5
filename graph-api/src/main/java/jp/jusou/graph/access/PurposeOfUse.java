package jp.jusou.graph.access;

/**
 * Why the user reads personal data (FHIR Consent "purpose"); declared with every request in the
 * {@code X-Purpose-Of-Use} header, checked against consents and written to the audit log.
 */
public enum PurposeOfUse {

	/** 個別支援: working a case the agency holds. */
	CASE_WORK,
	/** 支援プランの協議: deliberating a plan (重層的支援会議). */
	PLAN_DELIBERATION,
	/** 参加支援のマッチング. */
	PARTICIPATION_MATCHING,
	/** アウトリーチ: reaching people support does not reach. */
	OUTREACH;

	public static final String HEADER = "X-Purpose-Of-Use";
}
