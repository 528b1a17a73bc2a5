package jp.jusou.graph.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.InvalidArgumentException;

/**
 * The purpose of use a browser user chose for the session, kept in the session. Only a
 * known purpose is kept; an empty choice clears it (roles that read no person need none).
 */
final class SessionPurpose {

	private SessionPurpose() {
	}

	/**
	 * Keeps {@code chosen} for the session when it names a purpose; blank clears;
	 * anything else is ignored.
	 */
	static void choose(HttpServletRequest request, String chosen) {
		HttpSession session = request.getSession(false);
		if (session == null || chosen == null) {
			return;
		}
		if (chosen.isBlank()) {
			session.removeAttribute(PurposeOfUse.SESSION_ATTRIBUTE);
		}
		else {
			try {
				session.setAttribute(PurposeOfUse.SESSION_ATTRIBUTE, PurposeOfUse.parse(chosen));
			}
			catch (InvalidArgumentException ex) {
				// not a purpose: the choice is ignored, as the endpoint has already said
			}
		}
	}

	/** The purpose kept for this request's session, or null. */
	static PurposeOfUse current(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(PurposeOfUse.SESSION_ATTRIBUTE) instanceof PurposeOfUse chosen
				? chosen : null;
	}

}
