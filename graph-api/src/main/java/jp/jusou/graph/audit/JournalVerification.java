package jp.jusou.graph.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.jusou.graph.support.NamedQueries;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every audit journal in the journal folder against the database's copy: each
 * file's own chain (every line's seal, number and link), and that every line the database
 * says it copied is there as written — so neither a database administrator (who cannot
 * seal a journal line) nor whoever edits a journal file (who cannot make the database's
 * sealed chain agree) goes unseen.
 */
@Component
class JournalVerification {

	private final NamedQueries graph;

	private final AuditSeal seal;

	private final StoppedJournals files;

	JournalVerification(NamedQueries graph, AuditSeal seal, StoppedJournals files) {
		this.graph = graph;
		this.seal = seal;
		this.files = files;
	}

	@Transactional(readOnly = true)
	public List<JournalStatus> verify() {
		Map<String, Long> positions = new TreeMap<>();
		Map<String, Map<Long, AuditEvent>> copies = new HashMap<>();
		graph.query("audit-journal-copies").fetchAs(Boolean.class).mappedBy((types, record) -> {
			for (Value position : record.get("positions").values()) {
				positions.put(position.get("journal").asString(), position.get("shipped").asLong());
			}
			for (Value event : record.get("events").values()) {
				copies.computeIfAbsent(event.get("journal").asString(), journal -> new HashMap<>())
					.put(event.get("journalSequence").asLong(), AuditEvent.from(event));
			}
			return true;
		}).one();
		List<JournalStatus> statuses = new ArrayList<>();
		for (Path file : files.all()) {
			String journal = JournalLines.journalOf(file);
			statuses.add(
					verify(journal, file, positions.getOrDefault(journal, 0L), copies.getOrDefault(journal, Map.of())));
			positions.remove(journal);
		}
		positions.forEach((journal, shipped) -> statuses
			.add(JournalStatus.broken(journal, 0, shipped, ChainProblem.JOURNAL_FILE_MISSING, null)));
		return statuses;
	}

	private JournalStatus verify(String journal, Path file, long shipped, Map<Long, AuditEvent> copied) {
		List<JournalEntry> lines;
		try {
			lines = JournalLines.read(file);
		}
		catch (IllegalStateException unreadable) {
			return JournalStatus.broken(journal, 0, shipped, ChainProblem.JOURNAL_LINE_BROKEN, null);
		}
		Long broken = JournalLines.firstBroken(journal, lines, seal);
		if (broken != null) {
			return JournalStatus.broken(journal, lines.size(), shipped, ChainProblem.JOURNAL_LINE_BROKEN, broken);
		}
		if (shipped > lines.size() || copied.keySet().stream().anyMatch(line -> line > lines.size())) {
			return JournalStatus.broken(journal, lines.size(), shipped, ChainProblem.JOURNAL_STORE_AHEAD,
					(long) lines.size() + 1);
		}
		for (JournalEntry line : lines.subList(0, (int) shipped)) {
			AuditEvent copy = copied.get(line.sequence());
			if (copy == null || !line.recordedAs(copy)) {
				return JournalStatus.broken(journal, lines.size(), shipped, ChainProblem.JOURNAL_NOT_IN_STORE,
						line.sequence());
			}
		}
		return new JournalStatus(journal, lines.size(), shipped, true, null, null);
	}

}
