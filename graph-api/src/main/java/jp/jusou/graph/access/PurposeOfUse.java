package jp.jusou.graph.access;

/**
 * Why the user reads personal data (FHIR Consent "purpose"); declared with every request
 * in the {@code X-Purpose-Of-Use} header (or chosen once per browser session), checked
 * against consents and written to the audit log.
 */
public enum PurposeOfUse {

	/** 個別支援: working a case the agency holds. */
	CASE_WORK("個別支援（自機関のケース）"),
	/** 支援プランの協議: deliberating a plan (重層的支援会議). */
	PLAN_DELIBERATION("支援プランの協議（重層的支援会議）"),
	/** 参加支援のマッチング. */
	PARTICIPATION_MATCHING("参加支援のマッチング"),
	/** アウトリーチ: reaching people support does not reach. */
	OUTREACH("アウトリーチ（訪問・見守り）");

	public static final String HEADER = "X-Purpose-Of-Use";

	/**
	 * Session (and request) attribute holding the purpose a browser user chose for the
	 * session in the workspace's visible selector; the header, when sent, wins.
	 */
	public static final String SESSION_ATTRIBUTE = "jusou.purposeOfUse";

	private final String label;

	PurposeOfUse(String label) {
		this.label = label;
	}

	/** Japanese label shown in the workspace's selector. */
	public String label() {
		return label;
	}

}
