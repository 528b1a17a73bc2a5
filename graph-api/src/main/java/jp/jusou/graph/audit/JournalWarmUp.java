package jp.jusou.graph.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Field;

import org.springframework.stereotype.Component;

/**
 * The journal's write path run before readiness on made-up lines, in a journal of its own
 * that is deleted at once: a folder of its own under the system's temporary folder,
 * sealed under a random key that is never stored, so no line of it can pass for a record
 * of the service. What it warms is the code every personal read runs before its answer
 * leaves (the line's fields, its seal, its JSON, the write and the fsync) — the warm-up's
 * requests read no person, so without it that code is compiled while the first users
 * wait.
 */
@Component
public class JournalWarmUp {

	/** The made-up read: ids no graph node has. */
	private static final PersonalDataRead READ = new PersonalDataRead("Query.household", Set.of("warm-up#household"),
			Set.of("warm-up#person-1", "warm-up#person-2"), Set.of("CASE"), Set.of(Field.CARE, Field.HOUSING),
			Set.of("warm-up#person-3"), Set.of(), 1);

	/**
	 * Writes {@code lines} made-up lines, one fsync each as at one request a time, reads
	 * them back as the copy into the database would, and deletes the journal.
	 * @return how many lines were made durable and read back
	 */
	public int exercise(int lines) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("jusou-journal-warm-up");
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			AuditProperties scratch = new AuditProperties(folder, HexFormat.of().formatHex(secret), null, "warm-up",
					List.of(), Duration.ZERO, folder);
			AuditJournal journal = new AuditJournal(scratch, new AuditSeal(scratch));
			try {
				for (int i = 0; i < lines; i++) {
					journal
						.appendDurably(List.of(new AuditEntry("warm-up", "warm-up", "CASE_WORK", Instant.now(), READ)));
				}
				return (int) journal.takeUnshipped(lines).stream().map(JournalEntry::toAuditEntry).count();
			}
			finally {
				journal.destroy();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The journal's warm-up could not use a temporary folder", ex);
		}
		finally {
			delete(folder);
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The journal's warm-up left its temporary folder " + folder, ex);
		}
	}

}
