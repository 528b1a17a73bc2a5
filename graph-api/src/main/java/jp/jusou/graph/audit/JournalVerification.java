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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks every audit journal in the journal folder against the database's copy: each
 * file's own chain (every line's seal, number and link), and that every line the database
 * says it copied is there as written — so neither a database administrator (who cannot
 * seal a journal line) nor whoever edits a journal file (who cannot make the database's
 * sealed chain agree) goes unseen.
 * <p>
 * Each file is read once, a line at a time ({@link #read}), and its copied lines folded
 * into a digest; the database's copies are folded as the chain's walk meets them
 * ({@link JournalCopies}), so the database's events are read once for both checks. Where
 * the two folds agree the journal verifies; where they do not (or the walk stopped at a
 * broken event) the journal is compared line by line with the database's copies, read a
 * page at a time beside it, to name the first line that differs. Every read of the
 * database is a transaction of its own, so the check is not bound by one transaction's
 * time limit, and it needs the memory of one page whatever the journals' length.
 */
@Component
class JournalVerification {

	private final NamedQueries graph;

	private final AuditSeal seal;

	private final StoppedJournals files;

	private final TransactionTemplate reads;

	private final int page;

	@Autowired
	JournalVerification(NamedQueries graph, AuditSeal seal, StoppedJournals files,
			PlatformTransactionManager transactions) {
		this(graph, seal, files, transactions, ChainVerification.PAGE);
	}

	JournalVerification(NamedQueries graph, AuditSeal seal, StoppedJournals files,
			PlatformTransactionManager transactions, int page) {
		this.graph = graph;
		this.seal = seal;
		this.files = files;
		this.reads = ChainVerification.readsIn(transactions);
		this.page = page;
	}

	/**
	 * Every journal's position (the lines the database says it copied), by journal; read
	 * before the chain's head, so every copy it counts lies within the chain's walk.
	 */
	Map<String, Long> positions() {
		Map<String, Long> positions = new TreeMap<>();
		reads.executeWithoutResult(status -> graph.query("audit-journal-positions")
			.fetch()
			.all()
			.forEach(row -> positions.put((String) row.get("journal"), (Long) row.get("shipped"))));
		return positions;
	}

	/**
	 * One journal file as read once: its whole lines, whether its own chain holds (false
	 * too when a line is not a journal line), and its lines up to its position folded.
	 */
	record JournalFile(String journal, Path file, long whole, boolean holds, RecordedLines copiedLines) {
	}

	/** Every journal file in the folder, each read once, in the folder's order. */
	List<JournalFile> read(Map<String, Long> positions) {
		return files.all().stream().map(file -> {
			String journal = JournalLines.journalOf(file);
			return read(journal, file, positions.getOrDefault(journal, 0L));
		}).toList();
	}

	private JournalFile read(String journal, Path file, long shipped) {
		JournalLines.ChainCheck chain = new JournalLines.ChainCheck(journal, seal);
		RecordedLines copiedLines = new RecordedLines();
		long[] whole = { 0 };
		try {
			JournalLines.forEach(file, line -> {
				whole[0]++;
				chain.holds(line);
				if (line.sequence() <= shipped) {
					copiedLines.add(line.sequence(), RecordedRead.of(line));
				}
			});
		}
		catch (IllegalStateException unreadable) {
			return new JournalFile(journal, file, whole[0], false, copiedLines);
		}
		return new JournalFile(journal, file, whole[0], chain.firstBroken() == null, copiedLines);
	}

	/**
	 * Each journal's status: confirmed where the file's copied lines and the copies the
	 * chain's walk met agree, else found line by line; a journal the database names whose
	 * file is gone, last.
	 */
	List<JournalStatus> verify(Map<String, Long> positions, List<JournalFile> read, JournalCopies copies) {
		Map<String, Long> unseen = new TreeMap<>(positions);
		List<JournalStatus> statuses = new ArrayList<>();
		for (JournalFile file : read) {
			long shipped = positions.getOrDefault(file.journal(), 0L);
			boolean confirmed = file.holds() && shipped <= file.whole()
					&& copies.confirm(file.journal(), file.copiedLines(), file.whole());
			statuses.add(confirmed ? new JournalStatus(file.journal(), (int) file.whole(), shipped, true, null, null)
					: lineByLine(file.journal(), file.file(), shipped));
			unseen.remove(file.journal());
		}
		unseen.forEach((journal, shipped) -> statuses
			.add(JournalStatus.broken(journal, 0, shipped, ChainProblem.JOURNAL_FILE_MISSING, null)));
		return statuses;
	}

	/**
	 * One journal compared line by line: its own chain, then each copied line against the
	 * database's copy of it; names the first line that does not hold.
	 */
	private JournalStatus lineByLine(String journal, Path file, long shipped) {
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
		return reads.execute(status -> graph.query("audit-journal-last-copied")
			.bind(journal)
			.to("journal")
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("lastCopied").asLong(0))
			.one()
			.orElse(0L));
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
			List<Copy> copies = reads.execute(status -> List.copyOf(graph.query("audit-journal-copies")
				.bindAll(Map.of("journal", journal, "after", after, "size", page))
				.fetchAs(Copy.class)
				.mappedBy(
						(types, record) -> new Copy(record.get("line").asLong(), AuditEvent.from(record.get("event"))))
				.all()));
			exhausted = copies.size() < page;
			pending.addAll(copies);
			if (!copies.isEmpty()) {
				after = copies.get(copies.size() - 1).line();
			}
			return !copies.isEmpty();
		}

	}

}
