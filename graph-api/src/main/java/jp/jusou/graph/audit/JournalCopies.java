package jp.jusou.graph.audit;

import java.util.HashMap;
import java.util.Map;

/**
 * The database's copies of journal lines as the chain's walk meets them (auditChain), so
 * the journals are compared with the database without reading its events a second time:
 * per journal, the copies of the lines the database says it copied (the journal's
 * position, read before the walk) folded in the chain's order, and the last line it holds
 * a copy of. Complete only once the walk reached the head; an incomplete walk (a broken
 * chain) confirms nothing, and the journals are then compared line by line.
 */
final class JournalCopies {

	private final Map<String, Long> shipped;

	private final Map<String, RecordedLines> copied = new HashMap<>();

	private final Map<String, Long> lastCopied = new HashMap<>();

	private boolean complete;

	/**
	 * @param shipped each journal's position: lines the database says it copied
	 */
	JournalCopies(Map<String, Long> shipped) {
		this.shipped = shipped;
	}

	/** The copy of {@code line} of {@code journal}, in the chain's order. */
	void add(String journal, long line, AuditEvent event) {
		lastCopied.merge(journal, line, Math::max);
		if (line <= shipped.getOrDefault(journal, 0L)) {
			copied.computeIfAbsent(journal, ignored -> new RecordedLines()).add(line, RecordedRead.of(event));
		}
	}

	/** The walk met every event up to the head. */
	void walkedToHead() {
		complete = true;
	}

	/**
	 * True when the walk met every event and, of {@code journal}, a copy of each of its
	 * copied lines exactly as {@code lines} (the file's, in order) and none beyond the
	 * file's {@code whole} lines.
	 */
	boolean confirm(String journal, RecordedLines lines, long whole) {
		return complete && lastCopied.getOrDefault(journal, 0L) <= whole
				&& copied.getOrDefault(journal, new RecordedLines()).sameAs(lines);
	}

}
