package jp.jusou.graph.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.jusou.graph.request.StaffUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The end of the workspace's OIDC login flow: the identity provider's subject must be a
 * Staff node's {@code subject}; the session then holds that staff member (roles and
 * agency from the graph, never from the token), as after a password sign-in. A subject
 * that is no staff member is signed out again and told so.
 */
final class StaffOidcSignIn implements AuthenticationSuccessHandler {

	private final StaffDirectory directory;

	private final AuthenticationSuccessHandler next;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	StaffOidcSignIn(StaffDirectory directory, AuthenticationSuccessHandler next) {
		this.directory = directory;
		this.next = next;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		var account = directory.bySubject(authentication.getName());
		if (account.isEmpty()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/signin?unknownStaff");
			return;
		}
		StaffUser user = new StaffUser(
				account.get().username() == null ? authentication.getName() : account.get().username(), "",
				account.get().staffId(), account.get().roles());
		Authentication staff = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(staff);
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
		next.onAuthenticationSuccess(request, response, staff);
	}

}
