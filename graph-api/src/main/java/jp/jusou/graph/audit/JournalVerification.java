package jp.jusou.graph.audit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.jusou.graph.support.NamedQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every audit journal in the journal folder against the database's copy: each
 * file's own chain (every line's seal, number and link), and that every line the database
 * says it copied is there as written — so neither a database administrator (who cannot
 * seal a journal line) nor whoever edits a journal file (who cannot make the database's
 * sealed chain agree) goes unseen.
 * <p>
 * A journal is read a line at a time, twice (its own chain, then the comparison), and the
 * database's copies a page at a time in line order beside it: the check needs the memory
 * of one page whatever the journals' length.
 */
@Component
class JournalVerification {

	private final NamedQueries graph;

	private final AuditSeal seal;

	private final StoppedJournals files;

	private final int page;

	@Autowired
	JournalVerification(NamedQueries graph, AuditSeal seal, StoppedJournals files) {
		this(graph, seal, files, ChainVerification.PAGE);
	}

	JournalVerification(NamedQueries graph, AuditSeal seal, StoppedJournals files, int page) {
		this.graph = graph;
		this.seal = seal;
		this.files = files;
		this.page = page;
	}

	@Transactional(readOnly = true)
	public List<JournalStatus> verify() {
		Map<String, Long> positions = new TreeMap<>();
		graph.query("audit-journal-positions")
			.fetch()
			.all()
			.forEach(row -> positions.put((String) row.get("journal"), (Long) row.get("shipped")));
		List<JournalStatus> statuses = new ArrayList<>();
		for (Path file : files.all()) {
			String journal = JournalLines.journalOf(file);
			statuses.add(verify(journal, file, positions.getOrDefault(journal, 0L)));
			positions.remove(journal);
		}
		positions.forEach((journal, shipped) -> statuses
			.add(JournalStatus.broken(journal, 0, shipped, ChainProblem.JOURNAL_FILE_MISSING, null)));
		return statuses;
	}

	private JournalStatus verify(String journal, Path file, long shipped) {
		long lastCopied = lastCopied(journal);
		JournalLines.ChainCheck chain = new JournalLines.ChainCheck(journal, seal);
		int[] lines = { 0 };
		try {
			JournalLines.forEach(file, entry -> {
				lines[0]++;
				chain.holds(entry);
			});
		}
		catch (IllegalStateException unreadable) {
			return JournalStatus.broken(journal, 0, shipped, ChainProblem.JOURNAL_LINE_BROKEN, null);
		}
		int whole = lines[0];
		if (chain.firstBroken() != null) {
			return JournalStatus.broken(journal, whole, shipped, ChainProblem.JOURNAL_LINE_BROKEN, chain.firstBroken());
		}
		if (shipped > whole || lastCopied > whole) {
			return JournalStatus.broken(journal, whole, shipped, ChainProblem.JOURNAL_STORE_AHEAD, (long) whole + 1);
		}
		Copies copies = new Copies(journal);
		Long[] missing = { null };
		JournalLines.forEachWhile(file, line -> {
			if (line.sequence() > shipped) {
				return false;
			}
			AuditEvent copy = copies.at(line.sequence());
			if (copy == null || !line.recordedAs(copy)) {
				missing[0] = line.sequence();
				return false;
			}
			return true;
		});
		if (missing[0] != null) {
			return JournalStatus.broken(journal, whole, shipped, ChainProblem.JOURNAL_NOT_IN_STORE, missing[0]);
		}
		return new JournalStatus(journal, whole, shipped, true, null, null);
	}

	/** The last line of the journal the database holds a copy of; 0 when none. */
	private long lastCopied(String journal) {
		return graph.query("audit-journal-last-copied")
			.bind(journal)
			.to("journal")
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("lastCopied").asLong(0))
			.one()
			.orElse(0L);
	}

	/** One copied event, by the journal line it was copied from. */
	private record Copy(long line, AuditEvent event) {
	}

	/** The database's copies of one journal, read a page at a time in line order. */
	private final class Copies {

		private final String journal;

		private final Deque<Copy> pending = new ArrayDeque<>();

		private long after;

		private boolean exhausted;

		Copies(String journal) {
			this.journal = journal;
		}

		/**
		 * The copy of {@code line}, or null when the database holds none; lines are asked
		 * for in increasing order.
		 */
		AuditEvent at(long line) {
			while (true) {
				if (pending.isEmpty() && !fill()) {
					return null;
				}
				Copy next = pending.peekFirst();
				if (next.line() > line) {
					return null;
				}
				pending.pollFirst();
				if (next.line() == line) {
					return next.event();
				}
			}
		}

		private boolean fill() {
			if (exhausted) {
				return false;
			}
			List<Copy> copies = List.copyOf(graph.query("audit-journal-copies")
				.bindAll(Map.of("journal", journal, "after", after, "size", page))
				.fetchAs(Copy.class)
				.mappedBy(
						(types, record) -> new Copy(record.get("line").asLong(), AuditEvent.from(record.get("event"))))
				.all());
			exhausted = copies.size() < page;
			pending.addAll(copies);
			if (!copies.isEmpty()) {
				after = copies.get(copies.size() - 1).line();
			}
			return !copies.isEmpty();
		}

	}

}
