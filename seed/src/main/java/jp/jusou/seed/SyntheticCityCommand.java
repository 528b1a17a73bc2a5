package jp.jusou.seed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Command line: import a synthetic city into a running Neo4j (the service's embedded one listens on
 * bolt://localhost:7687). Arguments: {@code --persons N --seed S --uri U --user U --password P --database D}.
 */
public final class SyntheticCityCommand {

	private SyntheticCityCommand() {
	}

	public static void main(String[] args) {
		Map<String, String> options = parse(args);
		int persons = Integer.parseInt(options.getOrDefault("persons", "10000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		String uri = options.getOrDefault("uri", env("NEO4J_URI", "bolt://localhost:7687"));
		String user = options.getOrDefault("user", env("NEO4J_USERNAME", "neo4j"));
		String password = options.getOrDefault("password", env("NEO4J_PASSWORD", ""));
		String database = options.getOrDefault("database", env("NEO4J_DATABASE", "neo4j"));
		SyntheticCity city = new SyntheticCity(persons, seed, LocalDate.now());
		try (Driver driver = password.isEmpty() ? GraphDatabase.driver(uri, AuthTokens.none())
				: GraphDatabase.driver(uri, AuthTokens.basic(user, password))) {
			SyntheticCityImporter.ImportSummary summary = new SyntheticCityImporter(driver, database)
				.importCity(city, SyntheticCityCommand::print);
			System.out.printf("Imported %,d persons: %,d nodes and %,d relationships in %,d ms (%,.0f nodes/s, %,.0f relationships/s)%n",
					summary.persons(), summary.nodesCreated(), summary.relationshipsCreated(), summary.millis(),
					summary.nodesPerSecond(), summary.relationshipsPerSecond());
		}
	}

	private static void print(String step, long done, long total) {
		System.out.printf("  %s %,d / %,d (%d%%)%n", step, done, total, total == 0 ? 100 : done * 100 / total);
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
