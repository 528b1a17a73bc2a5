package jp.jusou.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Small 自治体標準オープンデータセット files in both header layouts, with broken rows, imported into a
 * real embedded Neo4j: rejected rows come back with their line and reason; a re-import changes nothing.
 */
class OpenDataImporterTests {

	@TempDir
	static Path store;

	static EmbeddedNeo4j neo4j;

	static OpenDataImporter importer;

	@BeforeAll
	static void startNeo4j() {
		neo4j = new EmbeddedNeo4j(store);
		importer = new OpenDataImporter(neo4j.driver(), "neo4j");
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.close();
	}

	@Test
	void publicFacilitiesIn2021LayoutWithBrokenRowsReportedByLine() throws IOException {
		List<Long> progress = new ArrayList<>();
		OpenDataImporter.Report report = run(OpenDataset.PUBLIC_FACILITIES, "public-facilities-2021.csv",
				(step, done, total) -> progress.add(done));
		assertThat(report.rows()).isEqualTo(5);
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.rejected()).extracting(OpenDataImporter.Rejected::line).containsExactly(4L, 5L, 6L);
		assertThat(report.rejected()).extracting(OpenDataImporter.Rejected::reason)
			.anySatisfy(reason -> assertThat(reason).contains("緯度が空"))
			.anySatisfy(reason -> assertThat(reason).contains("名称が空"))
			.anySatisfy(reason -> assertThat(reason).contains("範囲外"));
		assertThat(progress).containsExactly(2L);
		assertThat(neo4j.row("MATCH (r:Resource {id: 'od-public-facilities-001'}) RETURN r.name AS name, r.kind AS kind,"
				+ " r.category AS category, r.address AS address"))
			.containsEntry("name", "例示市民センター（架空）")
			.containsEntry("kind", "PUBLIC_FACILITY")
			.containsEntry("category", "公民館")
			.containsEntry("address", "福島県会津若松市例示町1-1");

		OpenDataImporter.Report again = run(OpenDataset.PUBLIC_FACILITIES, "public-facilities-2021.csv", Progress.none());
		assertThat(again.nodesCreated()).isZero();
		assertThat(neo4j.count("MATCH (r:Resource {kind: 'PUBLIC_FACILITY'}) RETURN count(r)")).isEqualTo(2);
	}

	@Test
	void childcareFacilitiesInTheLaterLayoutWithoutIdsAreIdempotent() throws IOException {
		OpenDataImporter.Report report = run(OpenDataset.CHILDCARE_FACILITIES, "childcare-facilities-2024.csv",
				Progress.none());
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.rejected()).singleElement()
			.satisfies(rejected -> assertThat(rejected.reason()).contains("経度が数値ではありません"));
		assertThat(neo4j.row("MATCH (r:Resource {name: '例示こども園（架空）'}) RETURN r.address AS address"))
			.as("所在地_連結表記 read as the address")
			.containsEntry("address", "福島県会津若松市例示町7-7");
		run(OpenDataset.CHILDCARE_FACILITIES, "childcare-facilities-2024.csv", Progress.none());
		assertThat(neo4j.count("MATCH (r:Resource {kind: 'CHILDCARE_FACILITY'}) RETURN count(r)")).isEqualTo(2);
	}

	@Test
	void eventsBecomeActivitiesAtTheirVenue() throws IOException {
		OpenDataImporter.Report report = run(OpenDataset.EVENTS, "events-2021.csv", Progress.none());
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.rejected()).singleElement()
			.satisfies(rejected -> assertThat(rejected.line()).isEqualTo(4L));
		assertThat(neo4j.row("""
				MATCH (act:Activity {id: 'od-events-e-01'})-[:HELD_AT]->(r:Resource)
				RETURN act.weekdays AS weekdays, act.startTime AS start, act.capacity AS capacity, r.name AS venue"""))
			.containsEntry("weekdays", List.of("TUE"))
			.containsEntry("start", "10:00")
			.containsEntry("capacity", 20L)
			.containsEntry("venue", "例示市民センター（架空）");
		assertThat(neo4j.row("MATCH (act:Activity {id: 'od-events-e-02'}) RETURN act.startTime AS start"))
			.as("9:30 normalised").containsEntry("start", "09:30");
	}

	@Test
	void careServicesWithTheirOwnColumnNamesAndAFileOfTheWrongKind() throws IOException {
		OpenDataImporter.Report report = run(OpenDataset.CARE_SERVICES, "care-services.csv", Progress.none());
		assertThat(report.imported()).isOne();
		assertThat(neo4j.row("MATCH (r:Resource {id: 'od-care-services-0770000001'}) RETURN r.category AS category"))
			.containsEntry("category", "通所介護");
		assertThatThrownBy(() -> importer.importCsv(OpenDataset.EVENTS, new java.io.StringReader("a,b\n1,2\n"), "x.csv",
				Progress.none()))
			.hasMessageContaining("needs columns 名称");
	}

	private static OpenDataImporter.Report run(OpenDataset dataset, String file, Progress progress) throws IOException {
		try (Reader reader = new InputStreamReader(
				OpenDataImporterTests.class.getResourceAsStream("/opendata/" + file), StandardCharsets.UTF_8)) {
			return importer.importCsv(dataset, reader, file, progress);
		}
	}
}
