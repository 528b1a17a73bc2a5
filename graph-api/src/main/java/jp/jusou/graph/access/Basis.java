package jp.jusou.graph.access;

/** Why one item was shown: the kind of basis and the consent or meeting that gave it. */
public record Basis(AccessBasis kind, String consentId, String meetingId) {

	public static Basis ownAgency() {
		return new Basis(AccessBasis.OWN_AGENCY, null, null);
	}

	public static Basis consent(String consentId) {
		return new Basis(AccessBasis.CONSENT, consentId, null);
	}

	public static Basis supportMeeting(String meetingId) {
		return new Basis(AccessBasis.SUPPORT_MEETING, null, meetingId);
	}

	public String label() {
		return kind.label();
	}
}
