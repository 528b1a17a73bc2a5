package jp.jusou.graph.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The hash chain: each event's hash covers its own fields and the previous event's hash,
 * so changing, removing or reordering any stored event breaks every hash after it. Events
 * are sealed with a keyed HMAC ({@link AuditSeal}) over {@link #canonical}; {@link #of}
 * is the unkeyed SHA-256 that events from before the seal carry.
 */
public final class AuditHash {

	public static final String GENESIS = "GENESIS";

	private AuditHash() {
	}

	/** The fields an event's hash covers, in order; the key id too for a sealed event. */
	public static String canonical(AuditEvent event) {
		String canonical = String.join("\u001f", Long.toString(event.sequence()), event.at(), text(event.staffId()),
				text(event.username()), text(event.agencyId()), event.operation(), event.outcome(), event.purpose(),
				join(event.householdIds()), join(event.shownPersonIds()), join(event.bases()),
				join(event.shownCategories()), join(event.withheldPersonIds()), join(event.withheldCategories()),
				Integer.toString(event.withheldCount()), event.previousHash());
		return event.keyId() == null ? canonical : canonical + "\u001f" + event.keyId();
	}

	/** The unkeyed SHA-256 of an event from before the seal. */
	public static String of(AuditEvent event) {
		String canonical = canonical(event);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String join(Collection<String> values) {
		return String.join("\u001e", values);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
