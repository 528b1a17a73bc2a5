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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small synthetic city imported into a real embedded Neo4j of its own: batches,
 * progress, idempotency.
 */
class SyntheticCityImportTests {

	@TempDir
	static Path store;

	static EmbeddedNeo4j neo4j;

	@BeforeAll
	static void startNeo4j() {
		neo4j = new EmbeddedNeo4j(store);
		new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:neo4j/migrations").build(),
				neo4j.driver())
			.apply();
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.close();
	}

	@Test
	void importsInBatchesWithProgressAndAgainWithoutDuplicates() {
		SyntheticCity city = new SyntheticCity(12_000, 42, LocalDate.of(2026, 11, 23));
		List<Long> progress = new ArrayList<>();
		SyntheticCityImporter importer = new SyntheticCityImporter(neo4j.driver(), "neo4j");

		SyntheticCityImporter.ImportSummary first = importer.importCity(city,
				(step, done, total) -> progress.add(done));

		System.out.printf(
				"Synthetic import of %d persons: %d nodes, %d relationships in %d ms (%.0f nodes/s, %.0f rels/s)%n",
				first.persons(), first.nodesCreated(), first.relationshipsCreated(), first.millis(),
				first.nodesPerSecond(), first.relationshipsPerSecond());
		assertThat(progress).hasSize(2).isSorted().last().isEqualTo((long) city.householdCount());
		assertThat(first.persons()).isBetween(11_000L, 13_000L);
		assertThat(neo4j.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(first.persons());
		assertThat(neo4j.count("MATCH (h:Household) RETURN count(h)")).isEqualTo(city.householdCount());
		assertThat(neo4j.count("MATCH (p:Person) WHERE NOT (p)-[:MEMBER_OF]->(:Household) RETURN count(p)")).isZero();
		assertThat(neo4j.count("MATCH (c:Case) RETURN count(c)")).isPositive();
		assertThat(neo4j.count("MATCH (:SupportPlan)-[:ASSIGNS]->(:PlanRole) RETURN count(*)")).isPositive();

		SyntheticCityImporter.ImportSummary second = importer.importCity(city, Progress.none());
		assertThat(second.alreadyComplete()).isTrue();
		assertThat(second.nodesCreated()).isZero();
		assertThat(second.relationshipsCreated()).isZero();
	}

	@Test
	void aStoppedImportSaysSoAndResumesFromItsLastChunk(@TempDir Path ownStore) {
		try (EmbeddedNeo4j own = new EmbeddedNeo4j(ownStore)) {
			new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:neo4j/migrations").build(),
					own.driver())
				.apply();
			SyntheticCity city = new SyntheticCity(11_000, 7, LocalDate.of(2026, 11, 23));
			SyntheticCityImporter importer = new SyntheticCityImporter(own.driver(), "neo4j");
			assertThatThrownBy(() -> importer.importCity(city, (step, done, total) -> {
				throw new IllegalStateException("killed after the first chunk");
			})).hasMessageContaining("killed");
			assertThat(own.count(
					"MATCH (p:ImportProgress {id: 'synthetic-11000-7'}) WHERE p.finishedAt IS NULL RETURN p.chunksDone"))
				.as("the first chunk committed with its progress")
				.isOne();

			SyntheticCity other = new SyntheticCity(1_000, 8, LocalDate.of(2026, 11, 23));
			assertThat(importer.importCity(other, Progress.none()).otherPartialImports()).singleElement()
				.asString()
				.contains("11000 persons (seed 7) stopped after chunk 1 of 2", "--jusou.synthetic.persons=11000");

			SyntheticCityImporter.ImportSummary resumed = importer.importCity(city, Progress.none());
			assertThat(resumed.resumedFromChunk()).isOne();
			assertThat(own.count("MATCH (h:Household) RETURN count(h)")).isEqualTo(city.householdCount());
			assertThat(own.count("MATCH (p:ImportProgress) WHERE p.finishedAt IS NULL RETURN count(p)")).isZero();
		}
	}

}
