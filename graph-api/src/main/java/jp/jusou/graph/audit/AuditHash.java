package jp.jusou.graph.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain: each event's hash is SHA-256 over its own fields and the previous event's hash, so
 * changing, removing or reordering any stored event breaks every hash after it.
 */
public final class AuditHash {

	public static final String GENESIS = "GENESIS";

	private AuditHash() {
	}

	public static String of(AuditEvent event) {
		String canonical = String.join("\u001f", Long.toString(event.sequence()), event.at(), text(event.staffId()),
				text(event.username()), text(event.agencyId()), event.operation(), event.outcome(), event.purpose(),
				join(event.householdIds()), join(event.shownPersonIds()), join(event.bases()),
				join(event.shownCategories()), join(event.withheldPersonIds()), join(event.withheldCategories()),
				Integer.toString(event.withheldCount()), event.previousHash());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String join(Collection<String> values) {
		return String.join("\u001e", List.copyOf(values));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
