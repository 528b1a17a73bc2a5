package jp.jusou.graph.request;

import java.util.Arrays;
import java.util.stream.Collectors;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Labelled;

/**
 * Why the user reads personal data (FHIR Consent "purpose"); declared with every request
 * in the {@code X-Purpose-Of-Use} header (or chosen once per browser session), checked
 * against consents and written to the audit log.
 */
public enum PurposeOfUse implements Labelled {

	/** 個別支援: working a case the agency holds. */
	CASE_WORK,
	/** 支援プランの協議: deliberating a plan (重層的支援会議). */
	PLAN_DELIBERATION,
	/** 参加支援のマッチング. */
	PARTICIPATION_MATCHING,
	/** アウトリーチ: reaching people support does not reach. */
	OUTREACH;

	public static final String HEADER = "X-Purpose-Of-Use";

	/**
	 * Session (and request) attribute holding the purpose (this type) a browser user
	 * chose for the session in the workspace's visible selector; the header, when sent,
	 * wins.
	 */
	public static final String SESSION_ATTRIBUTE = "jusou.purposeOfUse";

	/**
	 * The purpose {@code declared} names, or null when nothing is declared: the one place
	 * a header value or a choice in the workspace becomes a purpose.
	 * @throws InvalidArgumentException naming the header when {@code declared} names no
	 * purpose
	 */
	public static PurposeOfUse parse(String declared) {
		if (declared == null || declared.isBlank()) {
			return null;
		}
		try {
			return valueOf(declared.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(HEADER, "one-of", "must be one of " + codes() + " (利用目的の値が不正です)");
		}
	}

	/** The codes, comma-separated, for error messages. */
	public static String codes() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
