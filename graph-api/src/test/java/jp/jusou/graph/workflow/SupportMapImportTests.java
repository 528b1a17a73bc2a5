package jp.jusou.graph.workflow;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident 作成会's 支えあいマップ brought in (graph-model.md "Ties", the import): each line is
 * matched within the area against the residents the importing user may know; a resident
 * the user has no basis for reads exactly as one not in the graph; a line naming two
 * residents waits for the reviewer; a reviewer's decision the user may not make changes
 * nothing; an import records the ready lines as ties that say where they came from, and
 * importing the same map again confirms them instead of doubling them.
 */
@GraphApiTest
class SupportMapImportTests extends WorkflowTest {

	static final String PREVIEW = """
			query($input: SupportMapFileInput!) { supportMapImportPreview(input: $input) {
			  id linesRead recorded confirmed needDecision skipped
			  lines { line name status personId watcherPersonId kind watcherRole frequency tieId
			          candidates { personId name matchedOn } watcherCandidates { personId }
			          problems { column message } } } }""";

	static final String IMPORT = """
			mutation($input: ImportSupportMapInput!) { importSupportMap(input: $input) {
			  id linesRead recorded confirmed needDecision skipped
			  lines { line status personId watcherPersonId tieId problems { column } } } }""";

	static final String TIES = """
			query($id: ID!) { ties(householdId: $id) {
			  ties { personId kind frequency lastConfirmedOn watcher { role name } fromSupportMap { drawnBy drawnOn } } } }""";

	static final String CSV = """
			氏名,カナ,住所,年齢,見守る人,見守る人の住所,立場,種類,頻度,氏名共有の同意,開始日,備考
			地図 ハル,,見守町2-3,,隣田 マサ,,近隣住民,見守り,毎日,はい,,毎朝声かけ
			地図 ハル,,,76,地図 ハル,見守町2-3,友人,近所付き合い,週1回,,,
			隠田 ミヨ,,見守町5-1,,隣田 マサ,,,,,,,
			存在 シナイ,,見守町7-7,,隣田 マサ,,,,,,,
			地図 ハル,,,,民生 花子,,民生委員,民生委員の担当,月1回,,,
			地図 ハル,,見守町2-3,,隣田 マサ,,近隣住民,見守り,毎日,,,
			地図 ハル,,見守町2-3,,隣田 マサ,,毎週,,,,,
			地図 トオル,,,54,地図 ハル,見守町2-3,家族,近くに住む家族,週1回,,,
			""";

	private String mapHousehold;

	private String otherHousehold;

	private String hiddenHousehold;

	@BeforeEach
	void households() {
		mapHousehold = register("seikatsu", "見守町2丁目3番地（架空）",
				Map.of("name", "地図 ハル", "birthYear", 1944, "relation", "HEAD"),
				List.of(Map.of("name", "地図 トオル", "birthYear", 1972, "relation", "CHILD")));
		otherHousehold = register("seikatsu", "見守町9-9（架空）",
				Map.of("name", "地図 ハル", "birthYear", 1950, "relation", "HEAD"), List.of());
		hiddenHousehold = register("houkatsu1", "見守町5-1（架空）",
				Map.of("name", "隠田 ミヨ", "birthYear", 1948, "relation", "HEAD"), List.of());
	}

	@AfterEach
	void removeImports() {
		flow.cypher("MATCH (i:SupportMapImport) WHERE i.drawnBy STARTS WITH '試験' DETACH DELETE i", Map.of());
	}

	private String register(String user, String address, Map<String, Object> consultee,
			List<Map<String, Object>> others) {
		Map<String, Object> intake = flow.ok(user, WatchedAndWithdrawnTests.REGISTER,
				Map.of("input",
						Map.of("newHousehold",
								Map.of("areaId", "area-w2", "address", address, "location",
										Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee", consultee,
										"others", others, "confirmNew", true),
								"date", "2026-10-01", "fields", List.of("POVERTY"), "topics", List.of("MONEY"),
								"channel", "WALK_IN")),
				"recordConsultation");
		String householdId = (String) intake.get("householdId");
		flow.created(householdId);
		return householdId;
	}

	private String member(String householdId, String name) {
		return (String) flow
			.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("id", householdId, "name", name))
			.get(0)
			.get("id");
	}

	private static Map<String, Object> file() {
		return Map.of("areaId", "area-w2", "csv", CSV, "drawnOn", "2026-11-01", "drawnBy", "試験 見守町 支えあいマップ作成会",
				"fileName", "見守町.csv");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> line(Map<String, Object> result, int line) {
		return ((List<Map<String, Object>>) result.get("lines")).stream()
			.filter(row -> row.get("line").equals(line))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aCheckMatchesEachLineOnTheUsersBasisAndWritesNothing() {
		String hal = member(mapHousehold, "地図 ハル");
		String otherHal = member(otherHousehold, "地図 ハル");
		String toru = member(mapHousehold, "地図 トオル");
		String hidden = member(hiddenHousehold, "隠田 ミヨ");

		Map<String, Object> checked = flow.ok("seikatsu", PREVIEW, Map.of("input", file()), "supportMapImportPreview");

		assertThat(checked).containsEntry("id", null)
			.containsEntry("linesRead", 8)
			.containsEntry("recorded", 2)
			.containsEntry("confirmed", 0)
			.containsEntry("needDecision", 1)
			.containsEntry("skipped", 5);
		assertThat(line(checked, 2)).containsEntry("status", "READY")
			.containsEntry("personId", hal)
			.containsEntry("kind", "WATCHING")
			.containsEntry("frequency", "DAILY");
		assertThat((List<?>) line(checked, 2).get("candidates")).as("the namesake elsewhere ranks after")
			.hasSize(2)
			.first()
			.isEqualTo(Map.of("personId", hal, "name", "地図 ハル", "matchedOn", List.of("NAME", "ADDRESS")));
		assertThat(line(checked, 3)).as("76 in 2026: the namesake born in 1950; her friend at 見守町2-3 as watcher")
			.containsEntry("status", "READY")
			.containsEntry("personId", otherHal)
			.containsEntry("watcherPersonId", hal)
			.containsEntry("kind", "NEIGHBOURLY")
			.containsEntry("watcherRole", "FRIEND");
		assertThat(line(checked, 9)).as("her son: the window's case is about her, not him (member-identity rule)")
			.containsEntry("status", "NO_MATCH")
			.containsEntry("candidates", List.of());
		Map<String, Object> hiddenLine = line(checked, 4);
		Map<String, Object> absentLine = line(checked, 5);
		assertThat(hiddenLine).as("a resident the window has no basis for reads as one not in the graph")
			.containsEntry("status", "NO_MATCH")
			.containsEntry("candidates", List.of())
			.containsEntry("personId", null)
			.containsEntry("problems", List.of());
		assertThat(absentLine).containsEntry("status", "NO_MATCH")
			.containsEntry("candidates", List.of())
			.containsEntry("problems", List.of());
		assertThat(String.valueOf(checked)).doesNotContain(hidden);
		assertThat(line(checked, 6)).as("name only, two residents").containsEntry("status", "NEEDS_DECISION");
		assertThat((List<?>) line(checked, 6).get("candidates")).hasSize(2);
		assertThat(line(checked, 7)).as("the same tie as line 2").containsEntry("status", "SKIPPED");
		assertThat(line(checked, 8)).containsEntry("status", "INVALID");
		assertThat(String.valueOf(line(checked, 8).get("problems"))).contains("立場", "毎週", "近隣住民");
		assertThat(flow.count("MATCH (t:Tie)-[:WATCHES_OVER]->(p:Person) WHERE p.id IN $ids RETURN count(t)",
				Map.of("ids", List.of(hal, otherHal, toru))))
			.as("a check writes nothing")
			.isZero();
	}

	@Test
	void anImportRecordsTheDecidedLinesOnceAndConfirmsThemTheNextTime() {
		String hal = member(mapHousehold, "地図 ハル");
		String otherHal = member(otherHousehold, "地図 ハル");
		String hidden = member(hiddenHousehold, "隠田 ミヨ");

		Map<String, Object> refused = flow.error("seikatsu", IMPORT, Map.of("input", Map.of("file", file(), "decisions",
				List.of(Map.of("line", 6, "personId", otherHal), Map.of("line", 4, "personId", hidden)))));
		assertThat(refused).containsEntry("argument", "input.decisions[1].personId");
		assertThat(flow.count("MATCH (i:SupportMapImport) WHERE i.drawnBy STARTS WITH '試験' RETURN count(i)", Map.of()))
			.as("a refused decision changes nothing")
			.isZero();
		assertThat(flow.error("seikatsu", IMPORT,
				Map.of("input", Map.of("file", file(), "decisions", List.of(Map.of("line", 40, "skip", true))))))
			.containsEntry("argument", "input.decisions[0].line");

		Map<String, Object> imported = flow.ok("seikatsu", IMPORT,
				Map.of("input", Map.of("file", file(), "decisions", List.of(Map.of("line", 6, "personId", otherHal)))),
				"importSupportMap");
		assertThat(imported.get("id")).asString().startsWith("drawing-");
		assertThat(imported).containsEntry("recorded", 3)
			.containsEntry("confirmed", 0)
			.containsEntry("needDecision", 0);
		assertThat(line(imported, 2)).containsEntry("status", "RECORDED");
		assertThat(line(imported, 6)).containsEntry("status", "RECORDED").containsEntry("personId", otherHal);

		List<Map<String, Object>> ties = flow.ok("seikatsu", TIES, Map.of("id", mapHousehold), "ties.ties");
		assertThat(ties).hasSize(1)
			.allSatisfy(tie -> assertThat(tie).containsEntry("fromSupportMap",
					Map.of("drawnBy", "試験 見守町 支えあいマップ作成会", "drawnOn", "2026-11-01")));
		assertThat(ties).filteredOn(tie -> hal.equals(tie.get("personId")))
			.singleElement()
			.satisfies(tie -> assertThat(tie).containsEntry("watcher", Map.of("role", "NEIGHBOUR", "name", "隣田 マサ")));

		Map<String, Object> again = flow.ok("seikatsu", IMPORT,
				Map.of("input",
						Map.of("file",
								Map.of("areaId", "area-w2", "csv", CSV, "drawnOn", "2026-11-20", "drawnBy",
										"試験 見守町 支えあいマップ作成会"),
								"decisions", List.of(Map.of("line", 6, "skip", true)))),
				"importSupportMap");
		assertThat(again).containsEntry("recorded", 0).containsEntry("confirmed", 2);
		assertThat(line(again, 2)).containsEntry("status", "CONFIRMED");
		assertThat((List<Map<String, Object>>) flow.ok("seikatsu", TIES, Map.of("id", otherHousehold), "ties.ties"))
			.as("her namesake's two ties: the one drawn again confirmed on the new day, the other not")
			.hasSize(2)
			.filteredOn(tie -> "NEIGHBOURLY".equals(tie.get("kind")))
			.allSatisfy(tie -> assertThat(tie).containsEntry("lastConfirmedOn", "2026-11-20"));
	}

	@Test
	void aFileWithoutTheColumnsItNeedsIsRefusedByName() {
		Map<String, Object> refused = flow.error("seikatsu", PREVIEW, Map.of("input",
				Map.of("areaId", "area-w2", "csv", "名前,住所\n地図 ハル,見守町2-3\n", "drawnOn", "2026-11-01", "drawnBy", "試験")));
		assertThat(refused).containsEntry("argument", "input.csv").containsEntry("rule", "columns");
		assertThat(flow.error("seikatsu", PREVIEW,
				Map.of("input",
						Map.of("areaId", "area-nowhere", "csv", CSV, "drawnOn", "2026-11-01", "drawnBy", "試験"))))
			.containsEntry("argument", "input.areaId");
	}

}
