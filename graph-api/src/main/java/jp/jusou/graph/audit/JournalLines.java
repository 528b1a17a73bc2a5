package jp.jusou.graph.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The audit journal " + file.getFileName() + " could not be read", ex);
		}
		List<JournalEntry> entries = new ArrayList<>();
		int start = 0;
		for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
			try {
				entries.add(JSON.readValue(text.substring(start, end), JournalEntry.class));
			}
			catch (JacksonException ex) {
				throw new IllegalStateException(
						"Line " + (entries.size() + 1) + " of " + file.getFileName() + " is not an audit journal line");
			}
		}
		return entries;
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
