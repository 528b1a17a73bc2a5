package jp.jusou.graph.workspace;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a form sign-in, keeps the purpose of use chosen on the sign-in page for the
 * session (an unknown value is ignored: the page then asks for one), then goes where the
 * user was headed.
 */
public final class SessionPurposeOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	public SessionPurposeOnSignIn(String defaultTarget) {
		setDefaultTargetUrl(defaultTarget);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		SessionPurpose.choose(request, request.getParameter("purpose"));
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
