package jp.jusou.graph.signin;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A stand-in password check for the sign-in decorators' tests: every user's password is
 * {@link #password} ("demo" until a test changes it); checks are counted.
 */
final class DemoPasswords implements AuthenticationProvider {

	final AtomicInteger checks = new AtomicInteger();

	volatile String password = "demo";

	@Override
	public Authentication authenticate(Authentication authentication) {
		checks.incrementAndGet();
		if (!password.equals(authentication.getCredentials())) {
			throw new BadCredentialsException("Bad credentials");
		}
		return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return true;
	}

}
