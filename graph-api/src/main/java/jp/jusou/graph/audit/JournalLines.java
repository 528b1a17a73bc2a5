package jp.jusou.graph.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			ByteArrayOutputStream line = new ByteArrayOutputStream(512);
			long number = 0;
			for (int next = in.read(); next >= 0; next = in.read()) {
				if (next != '\n') {
					line.write(next);
					continue;
				}
				number++;
				each.accept(entry(line.toString(StandardCharsets.UTF_8), number, file));
				line.reset();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The audit journal " + file.getFileName() + " could not be read", ex);
		}
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
		String previous = GENESIS;
		long expected = 1;
		for (JournalEntry entry : entries) {
			boolean holds = journal.equals(entry.journal()) && entry.sequence() == expected
					&& previous.equals(entry.previousHash())
					&& seal.verifies(entry.keyId(), entry.canonical(), entry.hash());
			if (!holds) {
				return expected;
			}
			previous = entry.hash();
			expected++;
		}
		return null;
	}

}
