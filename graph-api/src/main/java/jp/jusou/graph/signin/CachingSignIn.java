package jp.jusou.graph.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with a short memory: a successful check of a username and password is
 * remembered for {@code ttl}, so a staff member's next requests skip the bcrypt
 * comparison (about 70 ms at cost 10) and the Staff lookup. Only successes are
 * remembered, under an HMAC of the credentials with a key made at start and never stored,
 * so a wrong password is checked in full every time. A changed password, role or removal
 * takes effect after at most {@code ttl}; the agency is read inside every query and takes
 * effect at once. A zero ttl turns the memory off.
 */
final class CachingSignIn implements AuthenticationProvider {

	static final int MAX_ENTRIES = 10_000;

	private record Remembered(Authentication authentication, Instant until) {
	}

	private final AuthenticationProvider delegate;

	private final Duration ttl;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	CachingSignIn(AuthenticationProvider delegate, Duration ttl, Clock clock) {
		this.delegate = delegate;
		this.ttl = ttl;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (ttl.isZero() || authentication.getCredentials() == null) {
			return delegate.authenticate(authentication);
		}
		String fingerprint = fingerprint(authentication.getName(), authentication.getCredentials().toString());
		Instant now = clock.instant();
		Remembered hit = remembered.get(fingerprint);
		if (hit != null && now.isBefore(hit.until())) {
			return hit.authentication();
		}
		Authentication result = delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			if (remembered.size() >= MAX_ENTRIES) {
				remembered.clear();
			}
			remembered.put(fingerprint, new Remembered(result, now.plus(ttl)));
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String fingerprint(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of()
				.formatHex(mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
