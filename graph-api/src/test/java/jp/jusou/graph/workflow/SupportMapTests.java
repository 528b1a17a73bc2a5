package jp.jusou.graph.workflow;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 支えあいマップ of an area as GeoJSON: a window draws the households it may know with the
 * members it may know and their watchers by the rule of ties; a window without a basis
 * gets only counted cells, and a cell shows only once five households fall in it.
 */
@GraphApiTest
class SupportMapTests extends WorkflowTest {

	static final String MAP = """
			query($area: ID!) { supportMap(areaId: $area) {
			  area { id } geojson households householdsCounted cellsShown suppressionThreshold } }""";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> features(Map<String, Object> answer) {
		Map<String, Object> collection = JSON.readValue((String) answer.get("geojson"), Map.class);
		assertThat(collection).containsEntry("type", "FeatureCollection");
		return (List<Map<String, Object>>) collection.get("features");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> feature) {
		return (Map<String, Object>) feature.get("properties");
	}

	@Test
	void aWindowDrawsTheHouseholdsItMayKnowWithTheirWatchersByTheRuleOfTies() {
		Map<String, Object> tie = flow.ok("houkatsu3",
				"mutation($input: RecordTieInput!) { recordTie(input: $input) { id } }",
				Map.of("input", Map.of("personId", "p-reita-ume", "kind", "EVACUATION_SUPPORTER", "watcherRole",
						"NEIGHBOUR", "watcherName", "隣田 ミツ", "frequency", "MONTHLY", "since", "2026-06-01")),
				"recordTie");
		flow.createdOutreachRecord((String) tie.get("id"));

		List<Map<String, Object>> recorder = features(
				flow.ok("houkatsu3", MAP, Map.of("area", "area-w3"), "supportMap"));
		Map<String, Object> reita = recorder.stream()
			.filter(feature -> "hh-reita".equals(properties(feature).get("世帯ID")))
			.findFirst()
			.map(SupportMapTests::properties)
			.orElseThrow();
		assertThat(reita).containsEntry("種類", "世帯");
		assertThat(reita.get("課題")).isEqualTo(List.of("8050問題", "ひきこもり"));
		assertThat(reita.get("見守り・つながり")).asString().contains("避難支援者（月1回）：隣田 ミツ→例田 ウメ");
		assertThat(reita.get("世帯員")).asString().contains("例田 ウメ");

		Map<String, Object> coordinatorMap = flow.ok("coordinator", MAP, Map.of("area", "area-w3"), "supportMap");
		assertThat(coordinatorMap.get("geojson")).asString()
			.as("another agency reads the tie, not the watcher's name")
			.contains("避難支援者（月1回）：近隣住民→例田 ウメ")
			.doesNotContain("隣田 ミツ");

		Map<String, Object> stranger = flow.ok("houkatsu1", MAP, Map.of("area", "area-w3"), "supportMap");
		assertThat(features(stranger)).as("no basis: no household drawn, no cell of fewer than 5")
			.noneMatch(feature -> "世帯".equals(properties(feature).get("種類")));
		assertThat(stranger.get("geojson")).asString().doesNotContain("例田", "hh-reita", "隣田");
		assertThat(stranger).containsEntry("households", 0).containsEntry("householdsCounted", null);
	}

	@Test
	void aCellOfCountedHouseholdsShowsOnlyOnceFiveFallInIt() {
		for (int i = 1; i <= 4; i++) {
			flow.registeredAtTheWindow("集計 " + i + "郎", 1940 + i, "集計町" + i + "（架空）");
		}
		Map<String, Object> four = flow.ok("houkatsu1", MAP, Map.of("area", "area-w2"), "supportMap");
		long cellsBefore = features(four).stream().filter(feature -> properties(feature).containsKey("世帯数")).count();
		flow.registeredAtTheWindow("集計 五郎", 1945, "集計町5（架空）");
		Map<String, Object> five = flow.ok("houkatsu1", MAP, Map.of("area", "area-w2"), "supportMap");
		assertThat(features(five).stream().filter(feature -> properties(feature).containsKey("世帯数")).count())
			.as("the fifth household in the cell makes it show")
			.isEqualTo(cellsBefore + 1);
		assertThat(five.get("geojson")).asString().doesNotContain("集計 五郎");
		Map<String, Object> window = flow.ok("seikatsu", MAP, Map.of("area", "area-w2"), "supportMap");
		assertThat(window.get("geojson")).as("the window that registered them draws them")
			.asString()
			.contains("集計 五郎", "集計 1郎");
	}

}
