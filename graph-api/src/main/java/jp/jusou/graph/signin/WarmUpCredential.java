package jp.jusou.graph.signin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jp.jusou.graph.request.Role;
import jp.jusou.graph.request.StaffUser;

import org.springframework.stereotype.Component;

/**
 * The one sign-in of the service's own warm-up: a secret of 256 random bits made when a
 * warm-up begins, held in memory only, accepted only from a loopback address and only
 * until the warm-up closes it (before readiness, so before any user's request can
 * arrive). It signs in a principal that is no Staff node: no agency, no case, no consent,
 * no meeting membership — the access policy finds no basis to any person for it, and what
 * it is refused is audited like anyone's. It may use person-level fields (the COORDINATOR
 * role) only so that the warm-up runs the household path on an id that cannot exist, and
 * the dashboard (DASHBOARD) for the aggregates.
 */
@Component
public class WarmUpCredential {

	/** The principal's name; '#' is not allowed in a staff member's username. */
	public static final String USERNAME = "#warm-up";

	public static final StaffUser PRINCIPAL = new StaffUser(USERNAME, null, USERNAME,
			List.of(Role.COORDINATOR, Role.DASHBOARD));

	private final SecureRandom random = new SecureRandom();

	private volatile byte[] secret;

	/** Makes a new secret and returns it; the previous one, if any, stops working. */
	public synchronized String open() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String opened = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		secret = opened.getBytes(StandardCharsets.US_ASCII);
		return opened;
	}

	/** From now on no secret is accepted, until the next {@link #open()}. */
	public synchronized void close() {
		secret = null;
	}

	/**
	 * The warm-up principal when {@code password} is the open secret and the request came
	 * from {@code remoteAddress} on this machine; empty otherwise.
	 */
	Optional<StaffUser> signIn(Object password, String remoteAddress) {
		byte[] open = secret;
		if (open == null || !(password instanceof String given) || !loopback(remoteAddress)) {
			return Optional.empty();
		}
		return MessageDigest.isEqual(open, given.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(PRINCIPAL)
				: Optional.empty();
	}

	public static boolean loopback(String remoteAddress) {
		if (remoteAddress == null || !remoteAddress.matches("[0-9a-fA-F.:]+")) {
			return false;
		}
		try {
			// a literal address: no name lookup happens
			return InetAddress.getByName(remoteAddress).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
