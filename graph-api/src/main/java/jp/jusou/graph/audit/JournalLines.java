package jp.jusou.graph.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal's file format: one sealed {@link JournalEntry} a line, as JSON. A last line
 * without its newline was cut by a crash while it was written; its request never got an
 * answer (the answer waits for the whole batch's fsync), so it is not a record and is
 * skipped.
 */
final class JournalLines {

	/** What the first line of a journal chains to. */
	static final String GENESIS = AuditHash.GENESIS;

	/** How a journal file is named: its id and this ending. */
	static final String SUFFIX = ".journal";

	/**
	 * The JSON library the HTTP layer uses too: its code is already warm and loaded once.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JournalLines() {
	}

	static byte[] encode(JournalEntry entry) {
		try {
			byte[] json = JSON.writeValueAsBytes(entry);
			byte[] line = new byte[json.length + 1];
			System.arraycopy(json, 0, line, 0, json.length);
			line[json.length] = '\n';
			return line;
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("An audit journal line could not be written", ex);
		}
	}

	/**
	 * Every whole line of the journal in {@code file}, in order.
	 * @throws IllegalStateException naming the line number when a whole line is not a
	 * journal entry (the file was edited)
	 */
	static List<JournalEntry> read(Path file) {
		List<JournalEntry> entries = new ArrayList<>();
		forEach(file, entries::add);
		return entries;
	}

	/**
	 * Hands every whole line of the journal in {@code file} to {@code each}, in order,
	 * reading one line at a time: a journal grows ~400 bytes a read, and a long-running
	 * instance's file must not be held in memory at once.
	 * @throws IllegalStateException naming the line number when a whole line is not a
	 * journal entry (the file was edited)
	 */
	static void forEach(Path file, Consumer<JournalEntry> each) {
		forEachWhile(file, entry -> {
			each.accept(entry);
			return true;
		});
	}

	/**
	 * As {@link #forEach}, stopping after the first line {@code each} answers false to.
	 */
	static void forEachWhile(Path file, Predicate<JournalEntry> each) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] block = new byte[64 * 1024];
			ByteArrayOutputStream line = new ByteArrayOutputStream(512);
			long number = 0;
			for (int read = in.read(block); read >= 0; read = in.read(block)) {
				int start = 0;
				for (int i = 0; i < read; i++) {
					if (block[i] != '\n') {
						continue;
					}
					line.write(block, start, i - start);
					start = i + 1;
					number++;
					if (!each.test(entry(line.toString(StandardCharsets.UTF_8), number, file))) {
						return;
					}
					line.reset();
				}
				line.write(block, start, read - start);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The audit journal " + file.getFileName() + " could not be read", ex);
		}
	}

	/**
	 * The number of the journal's last whole line, read from the end of the file alone (a
	 * stopped instance's journal whose lines the database already holds need not be read
	 * again at every start), or 0 when it has no whole line.
	 * @throws IllegalStateException when the last whole line is not a journal entry
	 */
	static long lastSequence(Path file) {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long size = channel.size();
			for (long window = 4 * 1024;; window *= 2) {
				int length = (int) Math.min(size, window);
				ByteBuffer tail = ByteBuffer.allocate(length);
				channel.position(size - length);
				while (tail.hasRemaining() && channel.read(tail) >= 0) {
					// until the window is full
				}
				byte[] bytes = tail.array();
				int end = lastIndexOf(bytes, length - 1);
				if (end < 0) {
					if (length == size) {
						return 0;
					}
					continue;
				}
				int start = lastIndexOf(bytes, end - 1) + 1;
				if (start > 0 || length == size) {
					return last(new String(bytes, start, end - start, StandardCharsets.UTF_8), file).sequence();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The audit journal " + file.getFileName() + " could not be read", ex);
		}
	}

	private static JournalEntry last(String text, Path file) {
		try {
			return JSON.readValue(text, JournalEntry.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The last line of " + file.getFileName() + " is not an audit journal line");
		}
	}

	private static int lastIndexOf(byte[] bytes, int from) {
		for (int i = from; i >= 0; i--) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static JournalEntry entry(String text, long number, Path file) {
		try {
			return JSON.readValue(text, JournalEntry.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(
					"Line " + number + " of " + file.getFileName() + " is not an audit journal line");
		}
	}

	/** The journal id a file of that name holds, or null when it is not a journal. */
	static String journalOf(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : null;
	}

	/**
	 * The first line number (from 1) whose sequence, link or seal does not hold, or null
	 * when every line holds.
	 */
	static Long firstBroken(String journal, List<JournalEntry> entries, AuditSeal seal) {
		ChainCheck check = new ChainCheck(journal, seal);
		for (JournalEntry entry : entries) {
			if (!check.holds(entry)) {
				break;
			}
		}
		return check.firstBroken();
	}

	/**
	 * A journal's own chain checked a line at a time: each line must carry its journal's
	 * id, the next number, the previous line's hash as its link, and a seal that
	 * verifies.
	 */
	static final class ChainCheck {

		private final String journal;

		private final AuditSeal seal;

		private String previous = GENESIS;

		private long expected = 1;

		private boolean broken;

		ChainCheck(String journal, AuditSeal seal) {
			this.journal = journal;
			this.seal = seal;
		}

		/**
		 * Whether the next line holds; false also for every line after one that did not.
		 */
		boolean holds(JournalEntry entry) {
			broken = broken || !(journal.equals(entry.journal()) && entry.sequence() == expected
					&& previous.equals(entry.previousHash())
					&& seal.verifies(entry.keyId(), entry.canonical(), entry.hash()));
			if (broken) {
				return false;
			}
			previous = entry.hash();
			expected++;
			return true;
		}

		/** The first line that did not hold, or null when none did not. */
		Long firstBroken() {
			return broken ? expected : null;
		}

		/** The lines that held. */
		long lines() {
			return expected - 1;
		}

	}

}
