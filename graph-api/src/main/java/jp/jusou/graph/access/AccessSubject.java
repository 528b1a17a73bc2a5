package jp.jusou.graph.access;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is reading, and for what purpose. The user's agency is looked up from the staff id inside
 * each query, so a staff member who moves agency gets the new agency's rights at once.
 *
 * @param username login name
 * @param staffId the Staff node the user is
 * @param roles roles without the ROLE_ prefix
 * @param purpose purpose of use checked against consents (the consent issue lets requests declare it)
 */
public record AccessSubject(String username, String staffId, Set<String> roles, String purpose) {

	public static final String DEFAULT_PURPOSE = "CASE_WORK";

	public static AccessSubject from(Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof StaffUser user) {
			Set<String> roles = user.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.map(role -> role.startsWith("ROLE_") ? role.substring(5) : role)
				.collect(Collectors.toUnmodifiableSet());
			return new AccessSubject(user.getUsername(), user.staffId(), roles, DEFAULT_PURPOSE);
		}
		throw new IllegalStateException("Request reached a resolver without a signed-in staff user");
	}
}
