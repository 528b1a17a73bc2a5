package jp.jusou.graph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The password of the embedded database's {@code neo4j} user: configured, read from a secret file, or
 * made once and kept in that file (owner-only), so that Neo4j Browser can sign in with it; or, with
 * Bolt off for other programs, made at each start and never written anywhere.
 */
final class BoltPassword {

	private static final SecureRandom RANDOM = new SecureRandom();

	private BoltPassword() {
	}

	static String of(EmbeddedNeo4jProperties properties) {
		if (!properties.boltEnabled()) {
			return random();
		}
		if (properties.boltPassword() != null && !properties.boltPassword().isBlank()) {
			return properties.boltPassword();
		}
		Path file = properties.passwordFile().toAbsolutePath();
		try {
			if (Files.exists(file)) {
				String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (stored.length() < 8) {
					throw new IllegalStateException("The Bolt password file " + file
							+ " holds fewer than 8 characters; put a longer password in it or delete it to have one made");
				}
				return stored;
			}
			Files.createDirectories(file.getParent());
			String made = random();
			Files.writeString(file, made + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions guard it
			}
			return made;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the Bolt password file " + file, ex);
		}
	}

	private static String random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
