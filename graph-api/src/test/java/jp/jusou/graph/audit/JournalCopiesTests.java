package jp.jusou.graph.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journals' check without a second read of the database: a journal's copied lines and
 * the copies the chain's walk met confirm each other only when every copied line is there
 * once, as written, in order — anything else goes to the line-by-line comparison.
 */
class JournalCopiesTests {

	static final String JOURNAL = "20261123T000000Z-test";

	final List<JournalEntry> lines = List.of(line(1, "p-a"), line(2, "p-b"), line(3, "p-c"));

	@Test
	void theCopiesOfEveryCopiedLineAsWrittenConfirmTheJournal() {
		assertThat(confirms(2, walk(2, 1, 2), 3)).isTrue();
		assertThat(confirms(3, walk(3, 1, 2, 3), 3)).isTrue();
		assertThat(confirms(0, walk(0), 3)).as("nothing copied yet").isTrue();
		assertThat(confirms(2, walk(2, 1, 2, 3), 3)).as("a line copied after the position was read").isTrue();
	}

	@Test
	void aCopyMissingMovedDoubledOrChangedIsNotConfirmed() {
		assertThat(confirms(3, walk(3, 1, 3), 3)).as("a copy gone").isFalse();
		assertThat(confirms(3, walk(3, 2, 1, 3), 3)).as("two copies out of order").isFalse();
		assertThat(confirms(3, walk(3, 1, 2, 2, 3), 3)).as("a line copied twice").isFalse();
		JournalCopies edited = new JournalCopies(Map.of(JOURNAL, 3L));
		edited.add(JOURNAL, 1, copyOf(lines.get(0)));
		edited.add(JOURNAL, 2, copyOf(line(2, "p-x")));
		edited.add(JOURNAL, 3, copyOf(lines.get(2)));
		edited.walkedToHead();
		assertThat(edited.confirm(JOURNAL, fold(3), 3)).as("a copy that shows another person").isFalse();
	}

	@Test
	void aCopyBeyondTheFileOrAWalkThatStoppedConfirmsNothing() {
		assertThat(confirms(2, walk(2, 1, 2, 3), 2)).as("a copy of a line the file does not have").isFalse();
		JournalCopies stopped = new JournalCopies(Map.of(JOURNAL, 2L));
		stopped.add(JOURNAL, 1, copyOf(lines.get(0)));
		stopped.add(JOURNAL, 2, copyOf(lines.get(1)));
		assertThat(stopped.confirm(JOURNAL, fold(2), 3)).as("the walk stopped at a broken event").isFalse();
	}

	private boolean confirms(long shipped, JournalCopies copies, long whole) {
		return copies.confirm(JOURNAL, fold(shipped), whole);
	}

	/** The walk meeting copies of these lines, in this order, to the head. */
	private JournalCopies walk(long shipped, int... copied) {
		JournalCopies copies = new JournalCopies(Map.of(JOURNAL, shipped));
		for (int line : copied) {
			copies.add(JOURNAL, line, copyOf(lines.get(line - 1)));
		}
		copies.walkedToHead();
		return copies;
	}

	/** The file's lines up to its position, as the file's read folds them. */
	private RecordedLines fold(long shipped) {
		RecordedLines folded = new RecordedLines();
		lines.stream()
			.filter(line -> line.sequence() <= shipped)
			.forEach(line -> folded.add(line.sequence(), RecordedRead.of(line)));
		return folded;
	}

	private static JournalEntry line(long sequence, String person) {
		return new JournalEntry(JOURNAL, sequence, "2026-11-23T01:00:0" + sequence + "Z", "coordinator", "st-coord",
				"CASE_WORK", "Query.household", List.of("hh-a"), List.of(person), List.of("OWN_AGENCY"),
				List.of("HOUSEHOLD"), List.of(), List.of(), 0, "previous", "k1", "seal");
	}

	/** The database's copy of a line, chained and sealed in the database's own chain. */
	private static AuditEvent copyOf(JournalEntry line) {
		return new AuditEvent(100 + line.sequence(), line.at(), line.staffId(), line.username(), "ag-coord",
				line.operation(), "SHOWN", line.purpose(), line.householdIds(), line.shownPersonIds(), line.bases(),
				line.shownCategories(), line.withheldPersonIds(), line.withheldCategories(), line.withheldCount(),
				"other", "hash", "k1");
	}

}
