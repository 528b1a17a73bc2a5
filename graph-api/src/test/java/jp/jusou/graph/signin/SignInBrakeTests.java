package jp.jusou.graph.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Password guessing is slowed, then locked, per user and per address; refused attempts
 * never reach the password check; each lock is reported for the audit log; a lock ends on
 * time.
 */
class SignInBrakeTests {

	final List<String> locks = new ArrayList<>();

	Instant now = Instant.parse("2026-11-23T01:00:00Z");

	final DemoPasswords passwords = new DemoPasswords();

	final AtomicInteger checks = passwords.checks;

	final SignInBrake brake = new SignInBrake(passwords,
			new SignInBrakeProperties(3, 10, 30, Duration.ofMinutes(15), Duration.ofMinutes(15)), new Clock() {
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
			}, (key, until) -> locks.add(key + " until " + until));

	@Test
	void guessesAreSlowedThenLockedAndTheRightPasswordWaitsToo() {
		for (int i = 0; i < 250; i++) {
			tryQuietly("coordinator", "guess-" + i, "10.0.0.1");
			now = now.plusMillis(100);
		}
		assertThat(checks.get()).as("250 guesses at 10/s: only the first few reach the password check").isLessThan(10);
		assertThatThrownBy(() -> brake.authenticate(token("coordinator", "demo", "10.0.0.1")))
			.isInstanceOf(LockedException.class);
		assertThat(locks).isEmpty();
		// Waiting out every pause, ten failures lock the user for 15 minutes, and the
		// lock is reported once.
		for (int i = 0; i < 10; i++) {
			now = now.plusSeconds(61);
			tryQuietly("coordinator", "guess", "10.0.0.2");
		}
		assertThat(locks).singleElement().asString().startsWith("user:coordinator until");
		now = now.plusSeconds(61);
		assertThatThrownBy(() -> brake.authenticate(token("coordinator", "demo", "10.0.0.3")))
			.isInstanceOf(LockedException.class);
		assertThat(brake.authenticate(token("houkatsu1", "demo", "10.0.0.3")).isAuthenticated())
			.as("another user is not locked")
			.isTrue();
		now = now.plus(Duration.ofMinutes(15));
		assertThat(brake.authenticate(token("coordinator", "demo", "10.0.0.3")).isAuthenticated())
			.as("the lock ends on time")
			.isTrue();
	}

	@Test
	void oneAddressTryingManyUsersIsLocked() {
		for (int i = 0; i < 30; i++) {
			tryQuietly("user" + i, "guess", "10.0.0.9");
		}
		assertThat(locks).containsExactly("address:10.0.0.9 until " + now.plus(Duration.ofMinutes(15)));
		assertThatThrownBy(() -> brake.authenticate(token("houkatsu1", "demo", "10.0.0.9")))
			.isInstanceOf(LockedException.class);
		assertThat(brake.authenticate(token("houkatsu1", "demo", "10.0.0.10")).isAuthenticated()).isTrue();
	}

	@Test
	void aSuccessClearsTheUsersFailures() {
		tryQuietly("kodomo", "guess", "10.0.0.4");
		tryQuietly("kodomo", "guess", "10.0.0.4");
		assertThat(brake.authenticate(token("kodomo", "demo", "10.0.0.4")).isAuthenticated()).isTrue();
		tryQuietly("kodomo", "guess", "10.0.0.4");
		tryQuietly("kodomo", "guess", "10.0.0.4");
		assertThat(brake.authenticate(token("kodomo", "demo", "10.0.0.4")).isAuthenticated())
			.as("two failures, not four: no pause")
			.isTrue();
	}

	private void tryQuietly(String user, String password, String address) {
		try {
			brake.authenticate(token(user, password, address));
		}
		catch (RuntimeException expected) {
			// refused: counted or braked
		}
	}

	private static Authentication token(String user, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		token.setDetails(new WebAuthenticationDetails(request));
		return token;
	}

}
