package jp.jusou.seed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.neo4j.driver.Session;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import static org.assertj.core.api.Assertions.assertThat;

/** A small synthetic city imported into a real embedded Neo4j of its own: batches, progress, idempotency. */
class SyntheticCityImportTests {

	@TempDir
	static Path store;

	static DatabaseManagementService dbms;

	static Driver driver;

	@BeforeAll
	static void startNeo4j() {
		dbms = new DatabaseManagementServiceBuilder(store)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.build();
		HostnamePort bolt = ((GraphDatabaseAPI) dbms.database("neo4j")).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		driver = GraphDatabase.driver("bolt://" + bolt.getHost() + ":" + bolt.getPort(), AuthTokens.none());
		new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:neo4j/migrations").build(), driver)
			.apply();
	}

	@AfterAll
	static void stopNeo4j() {
		driver.close();
		dbms.shutdown();
	}

	@Test
	void importsInBatchesWithProgressAndAgainWithoutDuplicates() {
		SyntheticCity city = new SyntheticCity(12_000, 42, LocalDate.of(2026, 11, 23));
		List<Long> progress = new ArrayList<>();
		SyntheticCityImporter importer = new SyntheticCityImporter(driver, "neo4j");

		SyntheticCityImporter.ImportSummary first = importer.importCity(city, (step, done, total) -> progress.add(done));

		System.out.printf("Synthetic import of %d persons: %d nodes, %d relationships in %d ms (%.0f nodes/s, %.0f rels/s)%n",
				first.persons(), first.nodesCreated(), first.relationshipsCreated(), first.millis(), first.nodesPerSecond(),
				first.relationshipsPerSecond());
		assertThat(progress).hasSize(2).isSorted().last().isEqualTo((long) city.householdCount());
		assertThat(first.persons()).isBetween(11_000L, 13_000L);
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(first.persons());
		assertThat(count("MATCH (h:Household) RETURN count(h)")).isEqualTo(city.householdCount());
		assertThat(count("MATCH (p:Person) WHERE NOT (p)-[:MEMBER_OF]->(:Household) RETURN count(p)")).isZero();
		assertThat(count("MATCH (c:Case) RETURN count(c)")).isPositive();
		assertThat(count("MATCH (:SupportPlan)-[:ASSIGNS]->(:PlanRole) RETURN count(*)")).isPositive();

		SyntheticCityImporter.ImportSummary second = importer.importCity(city, Progress.none());
		assertThat(second.nodesCreated()).isZero();
		assertThat(second.relationshipsCreated()).isZero();
	}

	private static long count(String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}
}
