package jp.jusou.graph.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A brake on password guessing, in front of the password check. Failed sign-ins are
 * counted per username and per client address within {@code window}: after
 * {@code slowAfter} failures a user's next attempt is refused unchecked until a pause has
 * passed (1 s, doubling with each further failure, at most a minute); after
 * {@code lockAfter} failures the user is locked for {@code lockFor}, and an address after
 * {@code addressLockAfter} failures across users. A refused attempt never reaches the
 * password check, so it cannot confirm a guess. Each lock is logged (username or address,
 * never the password) and reported to {@link SignInLocks} (the audit log). A success
 * clears the user's failures, not the address's.
 */
public final class SignInBrake implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(SignInBrake.class);

	static final int MAX_TRACKED = 100_000;

	private static final class Failures {

		int count;

		Instant first;

		Instant last;

		Instant lockedUntil;

	}

	private final AuthenticationProvider delegate;

	private final SignInBrakeProperties settings;

	private final Clock clock;

	private final SignInLocks onLock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	public SignInBrake(AuthenticationProvider delegate, SignInBrakeProperties settings, Clock clock,
			SignInLocks onLock) {
		this.delegate = delegate;
		this.settings = settings;
		this.clock = clock;
		this.onLock = onLock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String user = "user:" + authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? "address:" + details.getRemoteAddress() : null;
		Instant now = clock.instant();
		refuseIfBraked(user, now);
		if (address != null) {
			refuseIfBraked(address, now);
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			failures.remove(user);
			return result;
		}
		catch (AuthenticationException ex) {
			fail(user, settings.lockAfter(), now);
			if (address != null) {
				fail(address, settings.addressLockAfter(), now);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void refuseIfBraked(String key, Instant now) {
		Failures entry = failures.get(key);
		if (entry == null) {
			return;
		}
		synchronized (entry) {
			if (entry.lockedUntil != null && now.isBefore(entry.lockedUntil)) {
				throw new SignInWait("Too many failed sign-ins; try again after " + entry.lockedUntil
						+ " (サインインの失敗が続いたため一時的にロックされています)", Duration.between(now, entry.lockedUntil));
			}
			if (key.startsWith("user:") && entry.count >= settings.slowAfter()
					&& now.isBefore(entry.last.plus(pause(entry.count)))) {
				throw new SignInWait(
						"Too many failed sign-ins; wait " + pause(entry.count).toSeconds()
								+ " s before the next attempt (サインインの失敗が続いています。少し待ってから再試行してください)",
						Duration.between(now, entry.last.plus(pause(entry.count))));
			}
		}
	}

	private void fail(String key, int lockAfter, Instant now) {
		if (failures.size() >= MAX_TRACKED) {
			failures.clear();
		}
		Failures entry = failures.computeIfAbsent(key, k -> new Failures());
		Instant lockedUntil = null;
		synchronized (entry) {
			if (entry.first == null || now.isAfter(entry.first.plus(settings.window()))
					|| (entry.lockedUntil != null && !now.isBefore(entry.lockedUntil))) {
				entry.count = 0;
				entry.first = now;
				entry.lockedUntil = null;
			}
			entry.count++;
			entry.last = now;
			if (entry.count >= lockAfter && entry.lockedUntil == null) {
				entry.lockedUntil = now.plus(settings.lockFor());
				lockedUntil = entry.lockedUntil;
			}
		}
		if (lockedUntil != null) {
			log.warn("Sign-in locked for {} until {} after {} failures", key, lockedUntil, lockAfter);
			onLock.locked(key, lockedUntil);
		}
	}

	private static Duration pause(int count) {
		return Duration.ofSeconds(Math.min(60, 1L << Math.min(6, Math.max(0, count - 3))));
	}

}
