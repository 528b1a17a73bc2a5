package jp.jusou.graph.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The brake on failed sign-ins ({@link SignInBrake}).
 *
 * @param slowAfter failures of one user after which each next attempt waits a doubling
 * pause (1 s … 60 s)
 * @param lockAfter failures of one user within {@code window} that lock it for
 * {@code lockFor}
 * @param addressLockAfter failures from one client address, across users, that lock the
 * address
 * @param window how long failures are counted from the first one
 * @param lockFor how long a lock lasts
 */
@ConfigurationProperties("jusou.security.sign-in-brake")
public record SignInBrakeProperties(@DefaultValue("3") int slowAfter, @DefaultValue("10") int lockAfter,
		@DefaultValue("100") int addressLockAfter, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockFor) {
}
