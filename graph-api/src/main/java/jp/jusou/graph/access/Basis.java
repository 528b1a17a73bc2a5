package jp.jusou.graph.access;

/**
 * Why one item was shown: the kind of basis and the consent, meeting or outreach
 * assignment that gave it.
 */
public record Basis(AccessBasis kind, String consentId, String meetingId, String assignmentId) {

	/**
	 * The basis as the audit log names it: its kind, and the consent, meeting or
	 * assignment it rests on ({@code CONSENT:c-reita-ume}).
	 */
	public String code() {
		String reference = consentId != null ? consentId : meetingId != null ? meetingId : assignmentId;
		return reference == null ? kind.name() : kind.name() + ":" + reference;
	}

	public static Basis ownAgency() {
		return new Basis(AccessBasis.OWN_AGENCY, null, null, null);
	}

	public static Basis consent(String consentId) {
		return new Basis(AccessBasis.CONSENT, consentId, null, null);
	}

	public static Basis supportMeeting(String meetingId) {
		return new Basis(AccessBasis.SUPPORT_MEETING, null, meetingId, null);
	}

	public static Basis outreachAssignment(String assignmentId) {
		return new Basis(AccessBasis.OUTREACH_ASSIGNMENT, null, null, assignmentId);
	}

	public String label() {
		return kind.label();
	}
}
