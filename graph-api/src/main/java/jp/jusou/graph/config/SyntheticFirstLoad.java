package jp.jusou.graph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jp.jusou.seed.SyntheticCity;
import jp.jusou.seed.SyntheticCityCsv;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A synthetic city's first load into a new embedded store, before the database starts:
 * the generator writes the city as CSV ({@link SyntheticCityCsv}) and
 * {@code neo4j-admin database import full} (the import tool, run in this process) builds
 * the store from it — several times faster than Cypher batches, which stay for a store
 * that already exists (a resumed or second import, a server). The import tool prints its
 * own progress; the log says what was written and how fast. {@code
 * jusou.synthetic.first-load=cypher} keeps the Cypher import for a new store too.
 */
@Component
@Conditional(EmbeddedNeo4jCondition.class)
class SyntheticFirstLoad {

	private static final Logger log = LoggerFactory.getLogger(SyntheticFirstLoad.class);

	private final Clock clock;

	private final int persons;

	private final long seed;

	private final String mode;

	SyntheticFirstLoad(Clock clock, @Value("${jusou.synthetic.persons:0}") int persons,
			@Value("${jusou.synthetic.seed:42}") long seed,
			@Value("${jusou.synthetic.first-load:admin-import}") String mode) {
		this.clock = clock;
		this.persons = persons;
		this.seed = seed;
		this.mode = mode;
	}

	/**
	 * Imports the synthetic city into the store under {@code home} when it is asked for
	 * and the store is new.
	 */
	void intoNewStore(Path home) {
		if (persons <= 0 || !"admin-import".equals(mode) || Files.exists(home.resolve("data/databases/neo4j"))) {
			return;
		}
		Path csv = home.resolve("synthetic-import");
		SyntheticCity city = new SyntheticCity(persons, seed, LocalDate.now(clock));
		log.info("New store: writing a synthetic city of about {} persons (seed {}) as CSV for neo4j-admin import",
				persons, seed);
		SyntheticCityCsv.Written written = SyntheticCityCsv.write(city, csv, (step, done, total) -> log
			.info("Synthetic city: {} {} / {} ({}%)", step, done, total, total == 0 ? 100 : done * 100 / total));
		List<String> arguments = new ArrayList<>(written.importArguments());
		arguments.addAll(List.of("--id-type=STRING", "--array-delimiter=;",
				"--report-file=" + csv.resolve("import.report"), "neo4j"));
		long started = System.nanoTime();
		int exit = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"), System.out,
				System.err, new DefaultFileSystemAbstraction())))
			.execute(arguments.toArray(String[]::new));
		long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
		if (exit != 0) {
			throw new IllegalStateException("neo4j-admin import of the synthetic city failed (exit " + exit
					+ "); its CSV files and report are in " + csv.toAbsolutePath()
					+ ". Remove the store directory before trying again.");
		}
		log.info(
				"Synthetic city imported by neo4j-admin import: {} persons, {} nodes and {} relationships in {} ms"
						+ " ({} nodes/s, {} relationships/s; CSV written before in {} ms)",
				written.persons(), written.nodes(), written.relationships(), millis, written.nodes() * 1000 / millis,
				written.relationships() * 1000 / millis, written.millis());
		deleteRecursively(csv);
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
