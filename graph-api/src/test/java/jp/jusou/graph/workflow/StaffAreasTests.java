package jp.jusou.graph.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSW walks her areas (担当圏域): the demo CSW covers 若松第2・第3圏域 and is stationed at a
 * 区民ひろば-type hub; her lists default to her areas, `areaId` picks one and `allAreas`
 * widens them; ADMIN sets the areas and the place, refusing unknown ids by name.
 */
@GraphApiTest
class StaffAreasTests extends WorkflowTest {

	static final String UNREACHED = """
			query($area: ID, $all: Boolean) { unreachedHouseholds(areaId: $area, allAreas: $all) { householdId } }""";

	static final String SET_AREAS = """
			mutation($input: SetStaffAreasInput!) { setStaffAreas(input: $input) {
			  staff { id areas { id } stationedAt { id } } } }""";

	private List<Object> unreached(String areaId, Boolean all) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("area", areaId);
		variables.put("all", all);
		List<Map<String, Object>> rows = flow.ok("csw", "OUTREACH", UNREACHED, variables, "unreachedHouseholds");
		return rows.stream().map(row -> row.get("householdId")).toList();
	}

	@Test
	void theCswSeesHerAreasAndHerListsDefaultToThem() {
		Map<String, Object> me = flow.ok("csw", "{ me { areas { id name } stationedAt { id name } } }", Map.of(), "me");
		assertThat(me.get("areas"))
			.isEqualTo(List.of(Map.of("id", "area-w2", "name", "若松第2圏域"), Map.of("id", "area-w3", "name", "若松第3圏域")));
		assertThat(me.get("stationedAt")).isEqualTo(Map.of("id", "res-hub-touei", "name", "東栄ふれあいひろば（架空）"));

		String signalId = (String) flow
			.<Map<String, Object>>ok("csw", "OUTREACH",
					"mutation($input: RecordSignalInput!) { recordSignal(input: $input) { signalId } }", Map
						.of("input",
								Map.of("householdId", "hh-tameshiyama", "source", "NEIGHBOUR", "date", "2026-11-20",
										"note", "雨戸が閉まったまま")),
					"recordSignal")
			.get("signalId");
		flow.createdOutreachRecord(signalId);
		assertThat(unreached(null, null)).as("若松第1圏域 is not hers").doesNotContain("hh-tameshiyama");
		assertThat(unreached(null, true)).as("every area").contains("hh-tameshiyama");
		assertThat(unreached("area-w1", null)).as("the area asked for").containsExactly("hh-tameshiyama");
		assertThat(flow.<List<Object>>ok("coordinator", "OUTREACH", UNREACHED, new HashMap<>(), "unreachedHouseholds"))
			.as("a coordinator covers no area: the city")
			.anySatisfy(row -> assertThat(row).isEqualTo(Map.of("householdId", "hh-tameshiyama")));
	}

	@Test
	void adminPlacesAStaffMemberAndRefusesUnknownIdsByName() {
		try {
			Map<String, Object> moved = flow.ok("admin", SET_AREAS,
					Map.of("input", Map.of("staffId", "st-csw", "areaIds", List.of("area-w1"))), "setStaffAreas.staff");
			assertThat(moved.get("areas")).isEqualTo(List.of(Map.of("id", "area-w1")));
			assertThat(moved.get("stationedAt")).as("no place given: none").isNull();
			assertThat(unreached(null, null)).as("her new area").isEqualTo(unreached("area-w1", null));
			assertThat(flow.error("admin", SET_AREAS,
					Map.of("input", Map.of("staffId", "st-csw", "areaIds", List.of("area-w1", "area-nowhere")))))
				.containsEntry("argument", "input.areaIds");
			assertThat(flow.error("admin", SET_AREAS,
					Map.of("input",
							Map.of("staffId", "st-csw", "areaIds", List.of(), "stationedAtResourceId", "res-nowhere"))))
				.containsEntry("argument", "input.stationedAtResourceId");
			assertThat(flow.error("coordinator", SET_AREAS,
					Map.of("input", Map.of("staffId", "st-csw", "areaIds", List.of()))))
				.containsEntry("code", "ROLE_NOT_ALLOWED");
		}
		finally {
			flow.ok("admin", SET_AREAS, Map.of("input", Map.of("staffId", "st-csw", "areaIds",
					List.of("area-w2", "area-w3"), "stationedAtResourceId", "res-hub-touei")), "setStaffAreas");
		}
	}

}
