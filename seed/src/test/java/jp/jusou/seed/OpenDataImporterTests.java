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
 * real embedded Neo4j: rejected rows come back with their line and reason; a re-import
 * changes nothing.
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
		assertThat(report.imported()).isEqualTo(3);
		assertThat(report.rejected()).extracting(OpenDataImporter.Rejected::line).containsExactly(5L, 6L);
		assertThat(report.rejected()).extracting(OpenDataImporter.Rejected::reason)
			.anySatisfy(reason -> assertThat(reason).contains("名称が空"))
			.anySatisfy(reason -> assertThat(reason).contains("範囲外"));
		assertThat(progress).containsExactly(3L);
		assertThat(neo4j.row("MATCH (r:Resource {id: 'od-public-facilities-072028-001'}) RETURN r.name AS name,"
				+ " r.kind AS kind, r.category AS category, r.address AS address, r.weekdays AS weekdays,"
				+ " r.geocoded AS geocoded"))
			.containsEntry("name", "例示市民センター（架空）")
			.containsEntry("kind", "PUBLIC_FACILITY")
			.containsEntry("category", "公民館")
			.containsEntry("address", "福島県会津若松市例示町1-1")
			.containsEntry("weekdays", List.of("MON", "TUE", "WED", "THU", "FRI"))
			.containsEntry("geocoded", true);
		assertThat(neo4j.row("MATCH (r:Resource {id: 'od-public-facilities-072028-003'}) RETURN r.address AS address,"
				+ " r.geocoded AS geocoded, r.location IS NULL AS unplaced"))
			.as("a row without coordinates is kept with its address, ungeocoded")
			.containsEntry("address", "福島県会津若松市例示町3-3")
			.containsEntry("geocoded", false)
			.containsEntry("unplaced", true);

		OpenDataImporter.Report again = run(OpenDataset.PUBLIC_FACILITIES, "public-facilities-2021.csv",
				Progress.none());
		assertThat(again.nodesCreated()).isZero();
		assertThat(neo4j.count("MATCH (r:Resource {kind: 'PUBLIC_FACILITY'}) RETURN count(r)")).isEqualTo(3);
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
		assertThat(report.rejected()).singleElement().satisfies(rejected -> assertThat(rejected.line()).isEqualTo(4L));
		assertThat(neo4j.row("""
				MATCH (act:Activity {id: 'od-events-072028-e-01'})-[:HELD_AT]->(r:Resource)
				RETURN act.weekdays AS weekdays, act.startTime AS start, act.capacity AS capacity, r.name AS venue"""))
			.containsEntry("weekdays", List.of("TUE"))
			.containsEntry("start", "10:00")
			.containsEntry("capacity", 20L)
			.containsEntry("venue", "例示市民センター（架空）");
		assertThat(neo4j.row("MATCH (act:Activity {id: 'od-events-072028-e-02'}) RETURN act.startTime AS start"))
			.as("9:30 normalised")
			.containsEntry("start", "09:30");
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

	/**
	 * A file as a municipality's spreadsheet exports it: Shift_JIS, 全角 digits and colons,
	 * weekdays as ranges and run-together lists, the same IDs as a neighbouring town's
	 * file, a row without coordinates.
	 */
	@Test
	void aShiftJisFileWithFullWidthValuesFromTwoTownsWithTheSameIds() throws IOException {
		String town = """
				全国地方公共団体コード,ID,地方公共団体名,イベント名,開始日,終了日,開始時間,終了時間,場所名称,住所,緯度,経度,利用可能曜日,定員,備考
				０７２０２８,s-01,会津若松市,ふれあいサロン（架空）,2026-12-01,2027-03-31,１０：００,１１：３０,例示集会所（架空）,会津若松市例示町１－１,３７．４９５０,１３９．９２９０,月～金,２０人,架空
				072028,s-02,会津若松市,週末カフェ（架空）,2026-12-01,2027-03-31,13:00,15:00,例示公民館（架空）,会津若松市例示町２－２,,,土日祝,,住所のみ
				072028,s-03,会津若松市,体操（架空）,2026-12-01,2027-03-31,9:00,10:00,例示集会所（架空）,会津若松市例示町１－１,37.4950,139.9290,月・水・金,,架空
				""";
		String neighbour = """
				全国地方公共団体コード,ID,地方公共団体名,イベント名,開始時間,終了時間,場所名称,住所,緯度,経度,利用可能曜日
				074021,s-01,喜多方市,よその町のサロン（架空）,10:00,11:00,よその集会所（架空）,喜多方市例示町1,37.65,139.87,火
				""";
		OpenDataImporter.Report ours = importer.importCsv(OpenDataset.EVENTS, town.getBytes("windows-31j"),
				"town-sjis.csv", Progress.none());
		OpenDataImporter.Report theirs = importer.importCsv(OpenDataset.EVENTS,
				neighbour.getBytes(StandardCharsets.UTF_8), "neighbour.csv", Progress.none());
		assertThat(ours.rejected()).isEmpty();
		assertThat(ours.imported()).isEqualTo(3);
		assertThat(theirs.imported()).isOne();
		assertThat(neo4j.row("""
				MATCH (act:Activity {id: 'od-events-072028-s-01'})-[:HELD_AT]->(r:Resource)
				RETURN act.name AS name, act.weekdays AS weekdays, act.startTime AS start, act.endTime AS end,
				       act.capacity AS capacity, r.address AS address, r.location.latitude AS latitude"""))
			.containsEntry("name", "ふれあいサロン（架空）")
			.containsEntry("weekdays", List.of("MON", "TUE", "WED", "THU", "FRI"))
			.containsEntry("start", "10:00")
			.containsEntry("end", "11:30")
			.containsEntry("capacity", 20L)
			.containsEntry("address", "会津若松市例示町1-1")
			.containsEntry("latitude", 37.495);
		assertThat(neo4j.row("""
				MATCH (act:Activity {id: 'od-events-072028-s-02'})-[:HELD_AT]->(r:Resource)
				RETURN act.weekdays AS weekdays, act.openOnHolidays AS holidays, r.geocoded AS geocoded"""))
			.containsEntry("weekdays", List.of("SAT", "SUN"))
			.containsEntry("holidays", true)
			.containsEntry("geocoded", false);
		assertThat(neo4j.row("MATCH (act:Activity {id: 'od-events-072028-s-03'}) RETURN act.weekdays AS weekdays"))
			.containsEntry("weekdays", List.of("MON", "WED", "FRI"));
		assertThat(neo4j.row("MATCH (act:Activity {id: 'od-events-074021-s-01'}) RETURN act.name AS name"))
			.as("the neighbouring town's s-01 is its own activity")
			.containsEntry("name", "よその町のサロン（架空）");
	}

	@Test
	void encodingsAreDetected() {
		String text = "名称,住所\n例示センター,例示町１－１\n";
		assertThat(OpenDataCsv.decode(text.getBytes(java.nio.charset.Charset.forName("windows-31j"))).charset().name())
			.isEqualTo("windows-31j");
		assertThat(OpenDataCsv.decode(text.getBytes(StandardCharsets.UTF_8)).charset())
			.isEqualTo(StandardCharsets.UTF_8);
		byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		assertThat(OpenDataCsv.decode(withBom).text()).isEqualTo(text);
	}

	private static OpenDataImporter.Report run(OpenDataset dataset, String file, Progress progress) throws IOException {
		try (Reader reader = new InputStreamReader(OpenDataImporterTests.class.getResourceAsStream("/opendata/" + file),
				StandardCharsets.UTF_8)) {
			return importer.importCsv(dataset, reader, file, progress);
		}
	}

}
