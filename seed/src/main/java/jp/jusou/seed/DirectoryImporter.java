package jp.jusou.seed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Imports the municipality's areas, agencies and staff from CSV ({@link Directory}):
 * every row checked first and reported with its line and reason when rejected; the rest
 * merged on their ID, so importing the same file again changes nothing. Staff rows are
 * written one by one, so a user name another member already has rejects that row only.
 */
public final class DirectoryImporter {

	/** What one import did. */
	public record Report(Directory directory, long rows, long imported, List<OpenDataImporter.Rejected> rejected,
			long nodesCreated, long relationshipsCreated) {
	}

	private final Driver driver;

	private final String database;

	private final Set<String> roles;

	/**
	 * @param roles the role names staff rows may give (the service's {@code Role} values)
	 */
	public DirectoryImporter(Driver driver, String database, Set<String> roles) {
		this.driver = driver;
		this.database = database;
		this.roles = Set.copyOf(roles);
	}

	public Report importCsv(Directory directory, byte[] file, Progress progress) throws IOException {
		List<Map<String, String>> rows = OpenDataCsv.read(OpenDataCsv.decode(file).reader());
		List<OpenDataImporter.Rejected> rejected = new ArrayList<>();
		List<Map<String, Object>> accepted = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			try {
				accepted.add(directory.row(rows.get(i), roles));
				lines.add(i + 2L);
			}
			catch (IllegalArgumentException ex) {
				rejected.add(new OpenDataImporter.Rejected(i + 2L, ex.getMessage()));
			}
		}
		long nodes = 0;
		long relationships = 0;
		long imported = 0;
		int batch = directory == Directory.STAFF ? 1 : OpenDataImporter.BATCH;
		try (Session session = driver.session(SessionConfig.forDatabase(database))) {
			for (int from = 0; from < accepted.size(); from += batch) {
				List<Map<String, Object>> part = accepted.subList(from, Math.min(from + batch, accepted.size()));
				try {
					ResultSummary summary = session
						.executeWrite(tx -> tx.run(directory.merge(), Map.of("rows", part)).consume());
					if (directory == Directory.STAFF && !summary.counters().containsUpdates()) {
						rejected.add(new OpenDataImporter.Rejected(lines.get(from), "所属機関ID "
								+ part.get(0).get("agency") + " is no agency in the graph" + " (所属機関IDの機関がありません)"));
						continue;
					}
					nodes += summary.counters().nodesCreated();
					relationships += summary.counters().relationshipsCreated();
					imported += part.size();
				}
				catch (ClientException ex) {
					if (directory != Directory.STAFF || !ex.code().contains("ConstraintValidationFailed")) {
						throw ex;
					}
					rejected.add(new OpenDataImporter.Rejected(lines.get(from), "ユーザー名 or OIDCサブジェクト "
							+ "is already another staff member's (ユーザー名またはサブジェクトが他の職員と重複しています)"));
				}
				progress.report(directory.title(), from + part.size(), accepted.size());
			}
		}
		rejected.sort(Comparator.comparingLong(OpenDataImporter.Rejected::line));
		return new Report(directory, rows.size(), imported, List.copyOf(rejected), nodes, relationships);
	}

}
