package jp.jusou.graph.signin;

import java.time.Instant;

/**
 * Where a sign-in lock is reported (the audit log), so that every lock leaves a record.
 */
public interface SignInLocks {

	/**
	 * @param key {@code user:NAME} or {@code address:IP}
	 * @param until when the lock ends
	 */
	void locked(String key, Instant until);

}
