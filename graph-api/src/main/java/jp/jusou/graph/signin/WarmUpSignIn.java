package jp.jusou.graph.signin;

import jp.jusou.graph.request.StaffUser;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in the warm-up's principal ({@link WarmUpCredential}) before any staff sign-in is
 * tried: its name never reaches the Staff lookup, the sign-in memory or the brake on
 * failed attempts, so a closed secret is refused at once and is never remembered.
 */
final class WarmUpSignIn implements AuthenticationProvider {

	private final WarmUpCredential credential;

	private final AuthenticationProvider staff;

	WarmUpSignIn(WarmUpCredential credential, AuthenticationProvider staff) {
		this.credential = credential;
		this.staff = staff;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (!WarmUpCredential.USERNAME.equals(authentication.getName())) {
			return staff.authenticate(authentication);
		}
		String remoteAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		StaffUser warmUp = credential.signIn(authentication.getCredentials(), remoteAddress)
			.orElseThrow(() -> new BadCredentialsException("the warm-up's sign-in is closed"));
		return UsernamePasswordAuthenticationToken.authenticated(warmUp, null, warmUp.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return staff.supports(authentication);
	}

}
