package jp.jusou.graph.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.jusou.graph.support.SecretFile;

import org.springframework.stereotype.Component;

/**
 * Seals audit events with an HMAC-SHA256 under a key kept outside the database
 * ({@link AuditProperties}), so that whoever can write the graph (a Bolt session, a
 * restored store) cannot edit, remove or re-chain events without the seal showing it.
 * Each event names the key that sealed it; events from before the seal (no key id) carry
 * the unkeyed SHA-256 of {@link AuditHash} and are accepted only before the first sealed
 * event.
 */
@Component
public class AuditSeal {

	private final String currentKeyId;

	/**
	 * Each key's HMAC, initialised once and never used itself: every seal works on a copy
	 * (finding the algorithm and initialising the key for each seal cost more than the
	 * seal, in a walk of the whole chain).
	 */
	private final Map<String, Mac> keys = new HashMap<>();

	AuditSeal(AuditProperties properties) {
		this.currentKeyId = properties.keyId();
		keys.put(currentKeyId, hmacUnder(currentKey(properties)));
		for (String previous : properties.previousKeys()) {
			int colon = previous.indexOf(':');
			if (colon < 1 || previous.length() - colon - 1 < 32) {
				throw new IllegalStateException(
						"jusou.audit.previous-keys entries are id:secret, the secret at least 32" + " characters");
			}
			keys.putIfAbsent(previous.substring(0, colon), hmacUnder(previous.substring(colon + 1)));
		}
	}

	String currentKeyId() {
		return currentKeyId;
	}

	/** The seal of {@code text} under the current key. */
	String seal(String text) {
		return mac(keys.get(currentKeyId), text);
	}

	/**
	 * True when {@code seal} is {@code text}'s seal under key {@code keyId}; false for an
	 * unknown key.
	 */
	boolean verifies(String keyId, String text, String seal) {
		Mac key = keyId == null ? null : keys.get(keyId);
		return key != null && seal != null && MessageDigest.isEqual(mac(key, text).getBytes(StandardCharsets.US_ASCII),
				seal.getBytes(StandardCharsets.US_ASCII));
	}

	private static String currentKey(AuditProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return requireLength(properties.key(), "jusou.audit.key");
		}
		return SecretFile.readOrCreate(properties.keyPath(), 32, "audit key");
	}

	private static String requireLength(String key, String where) {
		if (key.length() < 32) {
			throw new IllegalStateException("The audit key in " + where + " must have at least 32 characters");
		}
		return key;
	}

	private static Mac hmacUnder(String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	private static String mac(Mac key, String text) {
		try {
			Mac mac = (Mac) key.clone();
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("HmacSHA256 cannot be copied", ex);
		}
	}

}
