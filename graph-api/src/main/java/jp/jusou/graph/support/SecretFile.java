package jp.jusou.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secret kept in a file (the embedded database's password, the audit seal's key): read
 * when the file exists, else made at random and written readable by its owner only.
 */
public final class SecretFile {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretFile() {
	}

	/**
	 * @param minimumLength a stored secret shorter than this is refused (say what to do)
	 * @param what the secret's name, for errors
	 */
	public static String readOrCreate(Path file, int minimumLength, String what) {
		Path path = file.toAbsolutePath();
		try {
			if (Files.exists(path)) {
				String stored = Files.readString(path, StandardCharsets.UTF_8).strip();
				if (stored.length() < minimumLength) {
					throw new IllegalStateException("The " + what + " in " + path + " has fewer than " + minimumLength
							+ " characters; put a longer one in it, or delete the file to have one made");
				}
				return stored;
			}
			Files.createDirectories(path.getParent());
			String made = random();
			Files.writeString(path, made + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions guard it
			}
			return made;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the " + what + " file " + path, ex);
		}
	}

	/** 32 random bytes as hex. */
	public static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
