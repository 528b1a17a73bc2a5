package jp.jusou.graph.workspace;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jp.jusou.graph.access.PurposeOfUse;

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
		else if (isPurpose(chosen)) {
			session.setAttribute(PurposeOfUse.SESSION_ATTRIBUTE, chosen);
		}
	}

	/** The purpose kept for this request's session, or null. */
	static String current(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (String) session.getAttribute(PurposeOfUse.SESSION_ATTRIBUTE);
	}

	static boolean isPurpose(String value) {
		return Arrays.stream(PurposeOfUse.values()).anyMatch(purpose -> purpose.name().equals(value));
	}

}
