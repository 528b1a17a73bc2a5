package jp.jusou.graph.signin;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by the brake on guessing, not for its password: how long until the
 * next attempt is taken, so that the person is told to wait instead of "wrong password".
 */
class SignInWait extends LockedException {

	private final Duration wait;

	SignInWait(String message, Duration wait) {
		super(message);
		this.wait = wait;
	}

	/** How long until the next attempt is taken (at least one second). */
	Duration remaining() {
		return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
	}

}
