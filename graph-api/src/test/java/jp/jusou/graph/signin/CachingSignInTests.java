package jp.jusou.graph.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A successful sign-in is remembered for the ttl only; a wrong password is always checked
 * in full; a user who keeps working has the memory renewed off their requests' path, and
 * requests that find no memory share one check.
 */
class CachingSignInTests {

	final DemoPasswords passwords = new DemoPasswords();

	final AtomicInteger checks = passwords.checks;

	Instant now = Instant.parse("2026-11-23T09:00:00Z");

	final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	};

	/** Renewals wait here until the test runs them. */
	final List<Runnable> renewals = new ArrayList<>();

	final ExecutorService requests = Executors.newFixedThreadPool(4);

	final CountDownLatch entered = new CountDownLatch(1);

	final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stopRequests() {
		requests.shutdownNow();
	}

	@Test
	void remembersSuccessesForTheTtlAndNeverFailures() {
		CachingSignIn signIn = new CachingSignIn(passwords, Duration.ofSeconds(30), clock, renewals::add);

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
		CachingSignIn signIn = new CachingSignIn(passwords, Duration.ZERO, Clock.systemUTC(), renewals::add);
		signIn.authenticate(token("csw", "demo"));
		signIn.authenticate(token("csw", "demo"));
		assertThat(checks).hasValue(2);
	}

	@Test
	void aUserWhoKeepsWorkingIsRenewedOffTheirRequestsPath() {
		CachingSignIn signIn = new CachingSignIn(passwords, Duration.ofSeconds(30), clock, renewals::add);
		signIn.authenticate(token("coordinator", "demo"));

		now = now.plusSeconds(10);
		signIn.authenticate(token("coordinator", "demo"));
		assertThat(renewals).as("first half of the ttl: nothing to renew").isEmpty();

		now = now.plusSeconds(6);
		assertThat(signIn.authenticate(token("coordinator", "demo")).isAuthenticated()).isTrue();
		signIn.authenticate(token("coordinator", "demo"));
		assertThat(checks).as("answered from memory, the check not run in the request").hasValue(1);
		assertThat(renewals).as("one renewal for the two requests").hasSize(1);

		renewals.remove(0).run();
		assertThat(checks).hasValue(2);

		now = now.plusSeconds(24);
		signIn.authenticate(token("coordinator", "demo"));
		assertThat(checks).as("40 s after the first check, within the renewed ttl").hasValue(2);
	}

	@Test
	void aRenewalThatNowFailsForgetsTheSignIn() {
		CachingSignIn signIn = new CachingSignIn(passwords, Duration.ofSeconds(30), clock, renewals::add);
		signIn.authenticate(token("csw", "demo"));

		now = now.plusSeconds(20);
		signIn.authenticate(token("csw", "demo"));
		passwords.password = "changed-at-the-office";
		renewals.remove(0).run();

		now = now.plusSeconds(1);
		assertThatThrownBy(() -> signIn.authenticate(token("csw", "demo")))
			.as("21 s after the first check, the changed password already applies")
			.isInstanceOf(BadCredentialsException.class);
		assertThat(checks).hasValue(3);
	}

	@Test
	void requestsThatFindNoMemoryShareOneCheck() throws Exception {
		CachingSignIn signIn = heldSignIn();

		List<Future<Authentication>> inFlight = new ArrayList<>();
		inFlight.add(requests.submit(() -> signIn.authenticate(token("kodomo", "demo"))));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 3; i++) {
			inFlight.add(requests.submit(() -> signIn.authenticate(token("kodomo", "demo"))));
		}
		Thread.sleep(200);
		release.countDown();
		for (Future<Authentication> request : inFlight) {
			assertThat(request.get(10, TimeUnit.SECONDS).getName()).isEqualTo("kodomo");
		}
		assertThat(checks).as("four requests, one bcrypt").hasValue(1);
	}

	@Test
	void requestsWaitingOnAFailedCheckAllFail() throws Exception {
		CachingSignIn signIn = heldSignIn();
		Future<Authentication> first = requests.submit(() -> signIn.authenticate(token("kodomo", "wrong")));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		Future<Authentication> second = requests.submit(() -> signIn.authenticate(token("kodomo", "wrong")));
		Thread.sleep(200);
		release.countDown();
		for (Future<Authentication> request : List.of(first, second)) {
			assertThatThrownBy(() -> request.get(10, TimeUnit.SECONDS))
				.hasCauseInstanceOf(BadCredentialsException.class);
		}
		assertThat(checks).as("two requests, one bcrypt, its failure told to both").hasValue(1);
		assertThatThrownBy(() -> signIn.authenticate(token("kodomo", "wrong"))).as("and the failure is not remembered")
			.isInstanceOf(BadCredentialsException.class);
	}

	/**
	 * A sign-in whose checks (the demo passwords) are held until {@link #release};
	 * {@link #entered} tells that one began.
	 */
	private CachingSignIn heldSignIn() {
		AuthenticationProvider held = new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication attempt) {
				entered.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return passwords.authenticate(attempt);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return true;
			}
		};
		return new CachingSignIn(held, Duration.ofSeconds(30), clock, renewals::add);
	}

	private static Authentication token(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

}
