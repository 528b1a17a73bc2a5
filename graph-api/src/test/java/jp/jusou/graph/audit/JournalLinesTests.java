package jp.jusou.graph.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journal's file format read in blocks and from its end: the same lines whatever
 * block they fall across, a line cut by a crash left out, the last line's number found
 * without reading the file (what the start needs to pass over a journal already copied).
 */
class JournalLinesTests {

	@TempDir
	Path folder;

	@Test
	void everyWholeLineIsReadInOrderAcrossBlocksAndACutLastLineIsLeftOut() throws IOException {
		Path file = journal(3_000, "{\"journal\":\"j\",\"seq");
		List<Long> numbers = new ArrayList<>();
		JournalLines.forEach(file, line -> numbers.add(line.sequence()));
		assertThat(Files.size(file)).as("more than one 64 KB block").isGreaterThan(3 * 64 * 1024);
		assertThat(numbers).hasSize(3_000).startsWith(1L, 2L).endsWith(2_999L, 3_000L);
		assertThat(JournalLines.read(file)).extracting(JournalEntry::householdIds)
			.as("a line falling across two blocks reads whole")
			.allSatisfy(ids -> assertThat(ids).containsExactly("h-漢字-" + "x".repeat(200)));
	}

	@Test
	void theLastLinesNumberIsReadFromTheEnd() throws IOException {
		assertThat(JournalLines.lastSequence(journal(3_000, ""))).isEqualTo(3_000);
		assertThat(JournalLines.lastSequence(journal(2, "{\"journal\":\"j\",\"seq"))).as("a cut last line is no line")
			.isEqualTo(2);
		assertThat(JournalLines.lastSequence(journal(1, ""))).as("the only line, from the file's start").isEqualTo(1);
		assertThat(JournalLines.lastSequence(journal(0, ""))).as("an empty journal").isZero();
		assertThat(JournalLines.lastSequence(journal(0, "{\"journal\""))).as("only a cut line").isZero();
	}

	@Test
	void aLastLineLongerThanTheFirstWindowIsReadWhole() throws IOException {
		Path file = folder.resolve("long" + JournalLines.SUFFIX);
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		text.writeBytes(JournalLines.encode(line(1, 1)));
		text.writeBytes(JournalLines.encode(line(2, 100)));
		Files.write(file, text.toByteArray());
		assertThat(Files.size(file)).isGreaterThan(16 * 1024);
		assertThat(JournalLines.lastSequence(file)).isEqualTo(2);
	}

	@Test
	void anEditedLastLineIsNamed() throws IOException {
		Path file = journal(2, "");
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length - 2] = 'x';
		Files.write(file, bytes);
		assertThatThrownBy(() -> JournalLines.lastSequence(file)).isInstanceOf(IllegalStateException.class)
			.hasMessage("The last line of " + file.getFileName() + " is not an audit journal line");
	}

	/** A journal of {@code lines} lines (one household id of ~200 characters each). */
	private Path journal(int lines, String cutLine) throws IOException {
		Path file = folder.resolve("j" + lines + "-" + cutLine.length() + JournalLines.SUFFIX);
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		for (int i = 1; i <= lines; i++) {
			text.writeBytes(JournalLines.encode(line(i, 1)));
		}
		text.writeBytes(cutLine.getBytes(StandardCharsets.UTF_8));
		Files.write(file, text.toByteArray());
		return file;
	}

	private static JournalEntry line(long sequence, int households) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < households; i++) {
			ids.add(households == 1 ? "h-漢字-" + "x".repeat(200) : "h-" + i + "-" + "y".repeat(200));
		}
		return new JournalEntry("j", sequence, "2026-11-23T00:00:00Z", "coordinator", "st-coord", "CASE_WORK",
				"Query.household", ids, List.of(), List.of(), List.of(), List.of(), List.of(), 0, "previous", "k1",
				"seal");
	}

}
