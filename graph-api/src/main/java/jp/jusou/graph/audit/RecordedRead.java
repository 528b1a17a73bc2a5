package jp.jusou.graph.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * What a read's record says, the same in a journal line and in its database copy: when,
 * who, what was asked, and whose data was shown or withheld. A copy records its line when
 * the two are equal ({@link JournalEntry#recordedAs}); a journal's lines and its copies
 * are compared in bulk by a digest of these in line order ({@link RecordedLines}).
 */
record RecordedRead(String at, String staffId, String username, String operation, String purpose,
		List<String> householdIds, List<String> shownPersonIds, List<String> bases, List<String> shownCategories,
		List<String> withheldPersonIds, List<String> withheldCategories, int withheldCount) {

	static RecordedRead of(AuditEvent event) {
		return new RecordedRead(event.at(), event.staffId(), event.username(), event.operation(), event.purpose(),
				event.householdIds(), event.shownPersonIds(), event.bases(), event.shownCategories(),
				event.withheldPersonIds(), event.withheldCategories(), event.withheldCount());
	}

	static RecordedRead of(JournalEntry line) {
		return new RecordedRead(line.at(), line.staffId(), line.username(), line.operation(), line.purpose(),
				line.householdIds(), line.shownPersonIds(), line.bases(), line.shownCategories(),
				line.withheldPersonIds(), line.withheldCategories(), line.withheldCount());
	}

	/**
	 * Adds this record, as the record of {@code line}, to {@code digest}: every text with
	 * its length before it (null apart from empty), every list with its size, so no two
	 * different records add the same bytes.
	 */
	void addTo(MessageDigest digest, long line) {
		StringBuilder text = new StringBuilder(256).append(line).append(';').append(withheldCount).append(';');
		add(text, at);
		add(text, staffId);
		add(text, username);
		add(text, operation);
		add(text, purpose);
		add(text, householdIds);
		add(text, shownPersonIds);
		add(text, bases);
		add(text, shownCategories);
		add(text, withheldPersonIds);
		add(text, withheldCategories);
		digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void add(StringBuilder text, List<String> values) {
		text.append(values.size()).append('[');
		for (String value : values) {
			add(text, value);
		}
	}

	private static void add(StringBuilder text, String value) {
		if (value == null) {
			text.append('-');
		}
		else {
			text.append(value.length()).append(':').append(value);
		}
	}

}
