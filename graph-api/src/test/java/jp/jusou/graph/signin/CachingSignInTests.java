package jp.jusou.graph.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A successful sign-in is remembered for the ttl only; a wrong password is always checked
 * in full.
 */
class CachingSignInTests {

	final DemoPasswords passwords = new DemoPasswords();

	final AtomicInteger checks = passwords.checks;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void remembersSuccessesForTheTtlAndNeverFailures() {
		Clock clock = new Clock() {
			@Override
			public Instant instant() {
				return now;
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
		CachingSignIn signIn = new CachingSignIn(passwords, Duration.ofSeconds(30), clock);

		signIn.authenticate(token("coordinator", "demo"));
		signIn.authenticate(token("coordinator", "demo"));
		assertThat(checks).as("second request within 30 s").hasValue(1);

		assertThatThrownBy(() -> signIn.authenticate(token("coordinator", "wrong")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> signIn.authenticate(token("coordinator", "wrong")))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(checks).as("failures are checked every time").hasValue(3);

		now = now.plusSeconds(31);
		signIn.authenticate(token("coordinator", "demo"));
		assertThat(checks).as("after the ttl").hasValue(4);
	}

	@Test
	void aZeroTtlChecksEveryRequest() {
		CachingSignIn signIn = new CachingSignIn(passwords, Duration.ZERO, Clock.systemUTC());
		signIn.authenticate(token("csw", "demo"));
		signIn.authenticate(token("csw", "demo"));
		assertThat(checks).hasValue(2);
	}

	private static Authentication token(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

}
