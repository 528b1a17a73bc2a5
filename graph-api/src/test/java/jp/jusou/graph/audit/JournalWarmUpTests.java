package jp.jusou.graph.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's warm-up writes its made-up lines somewhere of its own and leaves nothing
 * behind: no file in the temporary folder, nothing in the service's journal folder.
 */
class JournalWarmUpTests {

	@Test
	void writesItsLinesAndLeavesNothingBehind() throws IOException {
		List<Path> before = scratchFolders();
		assertThat(new JournalWarmUp().exercise(25)).isEqualTo(25);
		assertThat(scratchFolders()).as("its temporary journal deleted").isEqualTo(before);
	}

	private static List<Path> scratchFolders() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(file -> file.getFileName().toString().startsWith("jusou-journal-warm-up"))
				.sorted()
				.toList();
		}
	}

}
