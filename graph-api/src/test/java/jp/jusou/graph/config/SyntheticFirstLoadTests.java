package jp.jusou.graph.config;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.jusou.seed.Progress;
import jp.jusou.seed.SyntheticCity;
import jp.jusou.seed.SyntheticCityImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first load of a synthetic city through neo4j-admin import writes the same graph as
 * the Cypher import: every node with its labels and properties, every relationship with
 * its type, ends and properties (values compared as text, so an int and a long of one
 * value are equal; an empty list and no property are the same, as every reader defaults
 * the one to the other), and a finished import marker, so a later start imports nothing.
 */
class SyntheticFirstLoadTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final int PERSONS = 3_000;

	private static final String NODES = """
			MATCH (n) WHERE NOT n:ImportProgress
			RETURN labels(n) AS labels, properties(n) AS properties""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			RETURN a.id + ' -' + type(r) + '-> ' + b.id AS ends, properties(r) AS properties""";

	@Test
	void theImportToolWritesTheGraphTheCypherImportWrites(@TempDir Path adminHome, @TempDir Path cypherHome) {
		SyntheticFirstLoad firstLoad = new SyntheticFirstLoad(
				Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), PERSONS, 42,
				"admin-import");
		firstLoad.intoNewStore(adminHome);
		assertThat(adminHome.resolve("synthetic-import")).as("the CSV files are removed after the import")
			.doesNotExist();
		firstLoad.intoNewStore(adminHome);
		assertThat(adminHome.resolve("synthetic-import")).as("a store that exists is left to the Cypher import")
			.doesNotExist();
		DatabaseManagementService admin = new DatabaseManagementServiceBuilder(adminHome).build();
		DatabaseManagementService cypher = new DatabaseManagementServiceBuilder(cypherHome)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.build();
		try {
			try (Driver driver = GraphDatabase.driver(boltUri(cypher), AuthTokens.none())) {
				new SyntheticCityImporter(driver, "neo4j").importCity(new SyntheticCity(PERSONS, 42, TODAY),
						Progress.none());
			}
			GraphDatabaseService imported = admin.database("neo4j");
			GraphDatabaseService written = cypher.database("neo4j");
			assertSame("nodes, labels and properties", rows(imported, NODES), rows(written, NODES));
			assertSame("relationships, ends and properties", rows(imported, RELATIONSHIPS),
					rows(written, RELATIONSHIPS));
			assertThat(rows(imported,
					"MATCH (p:ImportProgress) RETURN p.id AS id, p.finishedAt IS NOT NULL AS finished,"
							+ " p.chunksDone = p.chunks AS complete"))
				.containsExactly("{complete=true, finished=true, id=synthetic-" + PERSONS + "-42}");
		}
		finally {
			admin.shutdown();
			cypher.shutdown();
		}
	}

	private static void assertSame(String what, List<String> imported, List<String> written) {
		assertThat(imported).as(what).hasSizeGreaterThan(PERSONS);
		Set<String> importedRows = new HashSet<>(imported);
		Set<String> writtenRows = new HashSet<>(written);
		assertThat(imported.stream().filter(row -> !writtenRows.contains(row)).limit(5))
			.as(what + " only the import tool wrote")
			.isEmpty();
		assertThat(written.stream().filter(row -> !importedRows.contains(row)).limit(5)).as(what + " only Cypher wrote")
			.isEmpty();
		assertThat(imported).as(what).hasSameSizeAs(written);
	}

	private static String boltUri(DatabaseManagementService dbms) {
		HostnamePort bolt = ((GraphDatabaseAPI) dbms.database("neo4j")).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return "bolt://" + bolt.getHost() + ":" + bolt.getPort();
	}

	/** Every row as text (maps with sorted keys, arrays as lists). */
	private static List<String> rows(GraphDatabaseService database, String query) {
		return database.executeTransactionally(query, Map.of(), result -> {
			List<String> rows = new ArrayList<>();
			result.forEachRemaining(row -> rows.add(String.valueOf(text(row))));
			return rows;
		});
	}

	private static Object text(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, inner) -> sorted.put(String.valueOf(key), text(inner)));
			// the import tool cannot write an empty list and leaves the property out;
			// readers take both as none
			sorted.values().removeIf(List.of()::equals);
			return sorted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(SyntheticFirstLoadTests::text).toList();
		}
		if (value != null && value.getClass().isArray()) {
			List<Object> items = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				items.add(text(Array.get(value, i)));
			}
			return items;
		}
		return String.valueOf(value);
	}

}
