package jp.jusou.graph.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: base64 of {@code "<kind>:<id>"}. Anything else given as a cursor
 * is rejected with an error naming the argument.
 */
public final class Cursor {

	private Cursor() {
	}

	public static String encode(String kind, String id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The id inside {@code cursor}; {@code ""} (before everything) when the cursor is
	 * null.
	 */
	public static String decode(String argument, String kind, String cursor) {
		if (cursor == null) {
			return "";
		}
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(argument);
		}
		String prefix = kind + ":";
		if (!decoded.startsWith(prefix) || decoded.length() == prefix.length()) {
			throw malformed(argument);
		}
		return decoded.substring(prefix.length());
	}

	private static InvalidArgumentException malformed(String argument) {
		return new InvalidArgumentException(argument, "cursor",
				"not a cursor issued by this API; pass pageInfo.endCursor of the previous page (カーソルが不正です)");
	}

}
