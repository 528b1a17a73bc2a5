package jp.jusou.graph.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused form sign-in goes: {@code /signin?wait=SECONDS} when the brake on
 * guessing held it (the page says how long to wait; the password may have been right),
 * {@code /signin?error} otherwise.
 */
class SignInFailure implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = exception instanceof SignInWait wait
				? "/signin?wait=" + (wait.remaining().toMillis() + 999) / 1000 : "/signin?error";
		response.sendRedirect(request.getContextPath() + target);
	}

}
