package jp.jusou.graph.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

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
 * <p>
 * A user who keeps working never waits for the check again: a request in the second half
 * of the ttl is answered from memory and starts one check of the same credentials on
 * another thread ({@code renewals}), which renews the memory, or forgets it when the
 * check now fails. Requests that find no memory while a check of the same credentials
 * runs wait for that one instead of each running bcrypt (four requests in flight at the
 * ttl's end took 100–190 ms each on two cores). At most {@link #MAX_RENEWALS} renewals
 * run at once; beyond that a memory simply runs out and is checked in full.
 */
final class CachingSignIn implements AuthenticationProvider {

	static final int MAX_ENTRIES = 10_000;

	static final int MAX_RENEWALS = 4;

	private record Remembered(Authentication authentication, Instant renewFrom, Instant until) {
	}

	private final AuthenticationProvider delegate;

	private final Duration ttl;

	private final Clock clock;

	private final Executor renewals;

	private final Semaphore renewalSlots = new Semaphore(MAX_RENEWALS);

	private final Mac key;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();

	CachingSignIn(AuthenticationProvider delegate, Duration ttl, Clock clock, Executor renewals) {
		this.delegate = delegate;
		this.ttl = ttl;
		this.clock = clock;
		this.renewals = renewals;
		this.key = keyedHmac();
	}

	/** Renewals each on a daemon thread of its own, bounded by {@link #MAX_RENEWALS}. */
	static Executor renewalThreads() {
		return task -> {
			Thread thread = new Thread(task, "sign-in-renewal");
			thread.setDaemon(true);
			thread.start();
		};
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
			if (!now.isBefore(hit.renewFrom())) {
				renewInBackground(fingerprint, authentication);
			}
			return hit.authentication();
		}
		CompletableFuture<Authentication> mine = new CompletableFuture<>();
		CompletableFuture<Authentication> running = checking.putIfAbsent(fingerprint, mine);
		if (running != null) {
			return outcomeOf(running);
		}
		check(fingerprint, authentication, mine);
		return outcomeOf(mine);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void renewInBackground(String fingerprint, Authentication authentication) {
		if (!renewalSlots.tryAcquire()) {
			return;
		}
		CompletableFuture<Authentication> renewal = new CompletableFuture<>();
		if (checking.putIfAbsent(fingerprint, renewal) != null) {
			renewalSlots.release();
			return;
		}
		Authentication attempt = UsernamePasswordAuthenticationToken.unauthenticated(authentication.getName(),
				authentication.getCredentials().toString());
		try {
			renewals.execute(() -> {
				try {
					check(fingerprint, attempt, renewal);
				}
				finally {
					renewalSlots.release();
				}
			});
		}
		catch (RuntimeException notStarted) {
			renewalSlots.release();
			check(fingerprint, attempt, renewal);
		}
	}

	/**
	 * One check of the credentials: remembers a success, forgets on a failure, tells
	 * whoever waits.
	 */
	private void check(String fingerprint, Authentication attempt, CompletableFuture<Authentication> outcome) {
		Instant started = clock.instant();
		try {
			Authentication result = delegate.authenticate(attempt);
			if (result != null && result.isAuthenticated()) {
				remember(fingerprint, result, started);
			}
			else {
				remembered.remove(fingerprint);
			}
			outcome.complete(result);
		}
		catch (RuntimeException ex) {
			remembered.remove(fingerprint);
			outcome.completeExceptionally(ex);
		}
		finally {
			checking.remove(fingerprint, outcome);
		}
	}

	private void remember(String fingerprint, Authentication result, Instant checkedAt) {
		if (remembered.size() >= MAX_ENTRIES) {
			remembered.clear();
		}
		remembered.put(fingerprint, new Remembered(result, checkedAt.plus(ttl.dividedBy(2)), checkedAt.plus(ttl)));
	}

	private static Authentication outcomeOf(CompletableFuture<Authentication> check) {
		try {
			return check.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private String fingerprint(String username, String password) {
		try {
			Mac mac = (Mac) key.clone();
			return HexFormat.of()
				.formatHex(mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("HmacSHA256 cannot be copied", ex);
		}
	}

	private static Mac keyedHmac() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
