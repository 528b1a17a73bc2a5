package jp.jusou.graph.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The audit journals in the journal folder, and which of them belong to instances that
 * have stopped: a running instance holds its journal's lock ({@link AuditJournal}), so a
 * journal whose lock can be taken is no longer written.
 */
@Component
class StoppedJournals {

	private static final Logger log = LoggerFactory.getLogger(StoppedJournals.class);

	private final Path directory;

	StoppedJournals(AuditProperties properties) {
		this.directory = properties.journalPath().toAbsolutePath();
	}

	/** Every journal file in the folder, by name. */
	List<Path> all() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> JournalLines.journalOf(file) != null).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The audit journal folder could not be listed", ex);
		}
	}

	/**
	 * Calls {@code action} with the id and file of each journal but {@code own} that no
	 * running instance holds, holding its lock meanwhile; a journal that fails is logged
	 * and the others go on.
	 */
	void each(String own, BiConsumer<String, Path> action) {
		for (Path file : all()) {
			String journal = JournalLines.journalOf(file);
			if (journal.equals(own)) {
				continue;
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
					FileLock lock = channel.tryLock()) {
				if (lock != null) {
					action.accept(journal, file);
				}
			}
			catch (OverlappingFileLockException heldHere) {
				// another instance in this process writes it
			}
			catch (IOException | RuntimeException ex) {
				log.error("The stopped instance's audit journal {} could not be copied into the database: {}", journal,
						ex.getClass().getSimpleName());
			}
		}
	}

}
