package jp.jusou.graph.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Field;

/**
 * One line of an instance's audit journal ({@link AuditJournal}): what a request read, as
 * the database copy will record it, numbered in the journal's own chain and sealed under
 * the audit key over {@link #canonical} (which covers the previous line's seal), so a
 * line edited, removed or moved breaks the seal of every line after it.
 *
 * @param journal the journal's id (one per running instance)
 * @param sequence the line's number in its journal, from 1
 */
record JournalEntry(String journal, long sequence, String at, String username, String staffId, String purpose,
		String operation, List<String> householdIds, List<String> shownPersonIds, List<String> bases,
		List<String> shownCategories, List<String> withheldPersonIds, List<String> withheldCategories,
		int withheldCount, String previousHash, String keyId, String hash) {

	/** The line recording {@code entry}, before its seal. */
	static JournalEntry of(AuditEntry entry, String journal, long sequence, String previousHash, String keyId) {
		PersonalDataRead read = entry.read();
		return new JournalEntry(journal, sequence, entry.at().toString(), entry.username(), entry.staffId(),
				entry.purpose(), read.operation(), sorted(read.householdIds()), sorted(read.shownPersonIds()),
				sorted(read.bases()), names(read.shownCategories()), sorted(read.withheldPersonIds()),
				names(read.withheldCategories()), read.withheldCount(), previousHash, keyId, null);
	}

	JournalEntry sealedWith(String seal) {
		return new JournalEntry(journal, sequence, at, username, staffId, purpose, operation, householdIds,
				shownPersonIds, bases, shownCategories, withheldPersonIds, withheldCategories, withheldCount,
				previousHash, keyId, seal);
	}

	/** What the seal covers, in order: every field but the seal itself. */
	String canonical() {
		return String.join("\u001f", journal, Long.toString(sequence), at, text(username), text(staffId), purpose,
				operation, join(householdIds), join(shownPersonIds), join(bases), join(shownCategories),
				join(withheldPersonIds), join(withheldCategories), Integer.toString(withheldCount), previousHash,
				keyId);
	}

	/** The read again, as the database copy appends it. */
	AuditEntry toAuditEntry() {
		return new AuditEntry(username, staffId, purpose, Instant.parse(at),
				new PersonalDataRead(operation, Set.copyOf(householdIds), Set.copyOf(shownPersonIds), Set.copyOf(bases),
						fields(shownCategories), Set.copyOf(withheldPersonIds), fields(withheldCategories),
						withheldCount));
	}

	/**
	 * True when the database's {@code event} records this line: the same read by the same
	 * person at the same time.
	 */
	boolean recordedAs(AuditEvent event) {
		return RecordedRead.of(this).equals(RecordedRead.of(event));
	}

	private static Set<Field> fields(List<String> names) {
		return names.stream().map(Field::valueOf).collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<String> names(Collection<Field> fields) {
		return sorted(fields.stream().map(Enum::name).toList());
	}

	private static List<String> sorted(Collection<String> values) {
		return List.copyOf(new TreeSet<>(values));
	}

	private static String join(Collection<String> values) {
		return String.join("\u001e", values);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
