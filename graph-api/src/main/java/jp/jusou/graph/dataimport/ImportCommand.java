package jp.jusou.graph.dataimport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.request.Role;
import jp.jusou.seed.Directory;
import jp.jusou.seed.DirectoryImporter;
import jp.jusou.seed.OpenDataImporter;
import jp.jusou.seed.OpenDataset;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar graph-api.jar import KIND=file …}: imports the municipality's CSV
 * files into the graph the service would use (the embedded store, or {@code NEO4J_URI})
 * without starting the web service, then exits. KIND is a directory (AREAS 圏域, AGENCIES
 * 支援関係機関, STAFF 職員) or an open dataset (PUBLIC_FACILITIES, CHILDCARE_FACILITIES,
 * CARE_SERVICES, EVENTS), in any order: areas go before agencies, agencies before staff,
 * and those before open data. Each file shows a progress bar, then a summary — rows read,
 * imported, rejected with line and reason; then the dashboard's counts are brought up to
 * date. Importing the same files again changes nothing. Exit code 0 when every file was
 * read (rejected rows included), 1 when one could not be, 2 on a usage error.
 */
public final class ImportCommand {

	public static final String NAME = "import";

	/** One file to import: a directory or an open dataset. */
	record Job(Directory directory, OpenDataset dataset, Path path) {

		int order() {
			return directory != null ? directory.ordinal() : Directory.values().length + dataset.ordinal();
		}

		String title() {
			return directory != null ? directory.title() : dataset.title();
		}
	}

	private ImportCommand() {
	}

	public static boolean isImport(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/**
	 * Runs the command in {@code application} (the service's Spring Boot application,
	 * without its web server); {@code args} as on the command line, {@code import} first,
	 * options ({@code --x=y}) anywhere.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		List<Job> jobs;
		try {
			jobs = jobs(Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList());
		}
		catch (IllegalArgumentException ex) {
			out.println("import: " + ex.getMessage());
			out.println(
					"usage: import AREAS=areas.csv AGENCIES=agencies.csv STAFF=staff.csv PUBLIC_FACILITIES=公共施設一覧.csv …");
			return 2;
		}
		String[] options = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
		ConfigurableApplicationContext graph;
		try {
			graph = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.properties("jusou.demo.load=false", "spring.main.banner-mode=off", "logging.level.root=WARN",
						"logging.level.jp.jusou=WARN")
				.run(options);
		}
		catch (RuntimeException startFailure) {
			// Spring Boot has printed why (a store in use, no NEO4J_URI for the server
			// jar, …)
			out.println("import: the graph could not be opened; nothing was imported");
			return 1;
		}
		try (graph) {
			Driver driver = graph.getBean(Driver.class);
			String database = graph.getEnvironment().getProperty("spring.data.neo4j.database", "neo4j");
			boolean terminal = System.console() != null;
			int failed = 0;
			long agencyRows = 0;
			long openDataRows = 0;
			for (Job job : jobs) {
				out.println(job.title() + " ← " + job.path());
				try {
					byte[] file = Files.readAllBytes(job.path());
					ProgressBar bar = new ProgressBar(out, terminal);
					Summary summary = job.directory() != null
							? Summary.of(new DirectoryImporter(driver, database, roles()).importCsv(job.directory(),
									file, bar))
							: Summary.of(new OpenDataImporter(driver, database).importCsv(job.dataset(), file,
									job.path().getFileName().toString(), bar));
					summary.print(out);
					if (job.directory() == Directory.AGENCIES) {
						agencyRows += summary.imported();
					}
					else if (job.directory() == null) {
						openDataRows += summary.imported();
					}
				}
				catch (NoSuchFileException ex) {
					out.println("  cannot read " + job.path() + ": no such file (ファイルがありません)");
					failed++;
				}
				catch (IOException | IllegalArgumentException ex) {
					out.println("  cannot import " + job.path() + ": " + ex.getMessage());
					failed++;
				}
			}
			// areas and staff change no count; an agency's field names referral routes
			if (agencyRows > 0 || openDataRows > 0) {
				long started = System.nanoTime();
				KeptFactsRebuild keptFacts = graph.getBean(KeptFactsRebuild.class);
				if (agencyRows > 0) {
					keptFacts.afterAgencyImport();
				}
				else {
					keptFacts.afterOpenDataImport();
				}
				out.printf("dashboard counts brought up to date in %,d ms (集計を更新しました)%n",
						(System.nanoTime() - started) / 1_000_000);
			}
			return failed == 0 ? 0 : 1;
		}
	}

	static List<Job> jobs(List<String> arguments) {
		if (arguments.isEmpty()) {
			throw new IllegalArgumentException("name at least one file as KIND=path");
		}
		List<Job> jobs = new ArrayList<>();
		for (String argument : arguments) {
			String[] kindAndPath = argument.split("=", 2);
			if (kindAndPath.length != 2 || kindAndPath[1].isBlank()) {
				throw new IllegalArgumentException("write KIND=path, e.g. STAFF=./staff.csv (got " + argument + ")");
			}
			Path path = Path.of(kindAndPath[1].strip());
			jobs.add(directory(kindAndPath[0]).map(directory -> new Job(directory, null, path))
				.orElseGet(() -> new Job(null, OpenDataset.of(kindAndPath[0]), path)));
		}
		jobs.sort(Comparator.comparingInt(Job::order));
		return jobs;
	}

	private static Optional<Directory> directory(String kind) {
		try {
			return Optional.of(Directory.of(kind));
		}
		catch (IllegalArgumentException notADirectory) {
			return Optional.empty();
		}
	}

	private static Set<String> roles() {
		return Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
	}

	/** What a file's import did, as the operator reads it. */
	record Summary(long rows, long imported, List<OpenDataImporter.Rejected> rejected, long nodesCreated) {

		static Summary of(DirectoryImporter.Report report) {
			return new Summary(report.rows(), report.imported(), report.rejected(), report.nodesCreated());
		}

		static Summary of(OpenDataImporter.Report report) {
			return new Summary(report.rows(), report.imported(), report.rejected(), report.nodesCreated());
		}

		void print(PrintStream out) {
			out.printf("  read %,d, imported %,d, rejected %,d, new nodes %,d (読込 %,d件・取込 %,d件・除外 %,d件)%n", rows,
					imported, rejected.size(), nodesCreated, rows, imported, rejected.size());
			rejected.forEach(row -> out.printf("    line %d: %s%n", row.line(), row.reason()));
		}
	}

}
