package jp.jusou.graph.workflow;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Isolation as the seeds mean it (graph-model.md, "Isolated residents"): a resident a
 * neighbour watches over is not isolated, and is again when the tie ends; a withdrawn son
 * living with his mother becomes a candidate through the consultation his mother brings,
 * and stays one while visits meet only her; the watcher's name follows the rule of
 * "Ties".
 */
@GraphApiTest
class WatchedAndWithdrawnTests extends WorkflowTest {

	static final String REGISTER = """
			mutation($input: RecordConsultationInput!) {
			  recordConsultation(input: $input) { householdId case { id } consultation { consultedBy } } }""";

	static final String NEAR = """
			{ isolatedResidentsNear(activityId: "act-hub-soudan", radiusMeters: 300, first: 100) {
			    residents { householdId ageBand reasons person { id name } } } }""";

	static final String RECORD_TIE = """
			mutation($input: RecordTieInput!) { recordTie(input: $input) {
			  id personId kind frequency inForce watcher { role name nameWithheld { reason } } } }""";

	static final String TIES = """
			query($id: ID!, $ended: Boolean) { ties(householdId: $id, includeEnded: $ended) {
			  ties { id kind inForce endedOn watcher { role name nameWithheld { reason } } } withheld { count } } }""";

	static final String VISIT = """
			mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visitId metCount } }""";

	/**
	 * Registers a household near act-hub-soudan, brought to the window by
	 * {@code consultedBy}.
	 */
	private String household(String consultedBy, Map<String, Object> consultee, List<Map<String, Object>> others) {
		Map<String, Object> intake = flow.ok("seikatsu", REGISTER,
				Map.of("input", Map.of("newHousehold",
						Map.of("areaId", "area-w2", "address", "見守町1-1（架空）", "location",
								Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee", consultee, "others",
								others, "confirmNew", true),
						"date", "2026-10-01", "fields", List.of("POVERTY"), "topics", List.of("MONEY"), "channel",
						"WALK_IN", "consultedBy", consultedBy)),
				"recordConsultation");
		String householdId = (String) intake.get("householdId");
		flow.created(householdId);
		return householdId;
	}

	private List<Map<String, Object>> isolatedNear() {
		return flow.ok("csw", NEAR, Map.of(), "isolatedResidentsNear.residents");
	}

	private List<Object> isolatedHouseholds() {
		return isolatedNear().stream().map(resident -> resident.get("householdId")).toList();
	}

	private String memberId(String householdId, String name) {
		return (String) flow
			.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("id", householdId, "name", name))
			.get(0)
			.get("id");
	}

	@Test
	void aNeighboursWatchTakesAResidentOffTheIsolatedListAndItsEndPutsHerBack() {
		String household = household("WELFARE_COMMISSIONER",
				Map.of("name", "見守 ハナ", "birthYear", 1940, "relation", "HEAD"), List.of());
		assertThat(isolatedHouseholds()).as("86, alone, brought by her 民生委員: nobody met her").contains(household);
		String hana = memberId(household, "見守 ハナ");

		Map<String, Object> tie = flow.ok(
				"seikatsu", RECORD_TIE, Map.of("input", Map.of("personId", hana, "kind", "WATCHING", "watcherRole",
						"NEIGHBOUR", "watcherName", "隣田 ミツ", "frequency", "DAILY", "since", "2026-09-01")),
				"recordTie");
		assertThat(tie).containsEntry("inForce", true).containsEntry("kind", "WATCHING");
		assertThat(isolatedHouseholds()).as("a neighbour looks in daily").doesNotContain(household);

		flow.ok("seikatsu", "mutation($input: EndTieInput!) { endTie(input: $input) { endedOn inForce } }",
				Map.of("input", Map.of("tieId", tie.get("id"), "date", "2026-11-20", "reason", "隣人の転居")), "endTie");
		assertThat(isolatedHouseholds()).as("the neighbour moved away").contains(household);
		List<Map<String, Object>> ended = flow.ok("seikatsu", TIES, Map.of("id", household, "ended", true),
				"ties.ties");
		assertThat(ended).singleElement().satisfies(row -> assertThat(row).containsEntry("endedOn", "2026-11-20"));
		assertThat((List<?>) flow.ok("seikatsu", TIES, Map.of("id", household), "ties.ties")).as("in force only")
			.isEmpty();
	}

	@Test
	void aWithdrawnSonIsACandidateThroughHisMothersConsultationUntilSomeoneMeetsHim() {
		String household = household("SELF", Map.of("name", "例示 トメ", "birthYear", 1943, "relation", "HEAD"),
				List.of(Map.of("name", "例示 誠", "birthYear", 1974, "relation", "CHILD")));
		assertThat(isolatedHouseholds()).as("she came herself; he lives with her").doesNotContain(household);
		String son = memberId(household, "例示 誠");
		String mother = memberId(household, "例示 トメ");

		Map<String, Object> consultation = flow.ok("seikatsu", REGISTER,
				Map.of("input",
						Map.of("personId", son, "asTold", Map.of("name", "例示 誠", "birthYear", 1974), "date",
								"2026-10-15", "fields", List.of("POVERTY"), "topics", List.of("ISOLATION"), "channel",
								"WALK_IN", "consultedBy", "FAMILY", "summary", "息子が10年以上自室から出ない")),
				"recordConsultation");
		assertThat(consultation).extractingByKey("consultation").isEqualTo(Map.of("consultedBy", "FAMILY"));
		assertThat(isolatedNear()).filteredOn(resident -> household.equals(resident.get("householdId")))
			.singleElement()
			.satisfies(resident -> {
				assertThat(resident).containsEntry("ageBand", "50-59");
				assertThat((List<Object>) resident.get("reasons")).contains("WITHDRAWN", "NO_TIE", "NO_RECENT_VISIT")
					.doesNotContain("LIVES_ALONE");
				assertThat(resident.get("person")).as("the CSW learns where to reach out, not his name").isNull();
			});

		Map<String, Object> motherOnly = flow.ok("seikatsu", VISIT,
				Map.of("input", Map.of("householdId", household, "date", "2026-11-10", "outcome", "MET", "purpose",
						"WITHDRAWAL_OUTREACH", "metPersonIds", List.of(mother))),
				"recordVisit");
		assertThat(motherOnly).containsEntry("metCount", 1);
		assertThat(isolatedHouseholds()).as("the visit met his mother at the door").contains(household);
		flow.ok("seikatsu", VISIT, Map.of("input", Map.of("householdId", household, "date", "2026-11-12", "outcome",
				"THROUGH_FAMILY", "purpose", "WITHDRAWAL_OUTREACH")), "recordVisit");
		assertThat(isolatedHouseholds()).as("news through the family is not contact").contains(household);
		flow.ok("seikatsu", VISIT, Map.of("input", Map.of("householdId", household, "date", "2026-11-20", "outcome",
				"MET", "purpose", "WITHDRAWAL_OUTREACH", "metPersonIds", List.of(son))), "recordVisit");
		assertThat(isolatedHouseholds()).as("someone met him").doesNotContain(household);
	}

	@Test
	void theWatchersNameIsTheRecordersUnlessTheWatcherAgreedToBeNamed() {
		Map<String, Object> quiet = flow.ok(
				"houkatsu3", RECORD_TIE, Map
					.of("input",
							Map.of("personId", "p-reita-ume", "kind", "WATCHING", "watcherRole", "NEIGHBOUR",
									"watcherName", "隣田 ミツ", "frequency", "WEEKLY", "since", "2026-06-01")),
				"recordTie");
		flow.createdOutreachRecord((String) quiet.get("id"));
		Map<String, Object> named = flow.ok("houkatsu3", RECORD_TIE,
				Map.of("input",
						Map.of("personId", "p-reita-ume", "kind", "WELFARE_COMMISSIONER", "watcherRole",
								"WELFARE_COMMISSIONER", "watcherName", "民生 太郎", "watcherAgreesToBeNamed", true,
								"frequency", "MONTHLY", "since", "2026-04-01")),
				"recordTie");
		flow.createdOutreachRecord((String) named.get("id"));

		assertThat(names("houkatsu3")).as("the recording agency").containsExactlyInAnyOrder("隣田 ミツ", "民生 太郎");
		List<Map<String, Object>> coordinator = flow.ok("coordinator", TIES, Map.of("id", "hh-reita"), "ties.ties");
		assertThat(names("coordinator")).as("another agency with a basis for her: the agreed name only")
			.containsExactlyInAnyOrder(null, "民生 太郎");
		assertThat(coordinator).filteredOn(row -> "WATCHING".equals(row.get("kind")))
			.singleElement()
			.satisfies(
					row -> assertThat(((Map<?, ?>) ((Map<?, ?>) row.get("watcher")).get("nameWithheld")).get("reason"))
						.asString()
						.contains("見守る人が"));
		Map<String, Object> stranger = flow.ok("houkatsu1", TIES, Map.of("id", "hh-reita"), "ties");
		assertThat((List<?>) stranger.get("ties")).as("no basis for her").isEmpty();
		assertThat(((Map<?, ?>) stranger.get("withheld")).get("count")).isEqualTo(2);
		Map<String, Object> refused = flow.error("houkatsu1", RECORD_TIE,
				Map.of("input", Map.of("personId", "p-reita-ume", "kind", "NEIGHBOURLY", "watcherRole", "NEIGHBOUR",
						"watcherName", "誰か", "frequency", "WEEKLY", "since", "2026-06-01")));
		assertThat(refused).containsEntry("argument", "input.personId");
	}

	/**
	 * A watcher who is a resident follows the same rule (ties/WatcherNames): the reader
	 * without a basis for the watcher reads the name only where the watcher agreed.
	 */
	@Test
	void aResidentWatchersNameShowsWhereTheyAgreedOrTheReaderKnowsThem() {
		Map<String, Object> intake = flow.ok("houkatsu3", REGISTER,
				Map.of("input",
						Map.of("newHousehold", Map.of("areaId", "area-w3", "address", "門田町9-9（架空）", "consultee",
								Map.of("name", "隣野 キク", "birthYear", 1950, "relation", "HEAD"), "confirmNew", true),
								"date", "2026-10-01", "fields", List.of("CARE"), "topics", List.of("CARE_SERVICES"),
								"channel", "WALK_IN")),
				"recordConsultation");
		String neighbourHousehold = (String) intake.get("householdId");
		flow.created(neighbourHousehold);
		String kiku = memberId(neighbourHousehold, "隣野 キク");
		for (boolean agreed : List.of(true, false)) {
			flow.createdOutreachRecord((String) flow.<Map<String, Object>>ok("houkatsu3", RECORD_TIE,
					Map.of("input",
							Map.of("personId", "p-reita-ume", "kind", agreed ? "NEIGHBOURLY" : "WATCHING",
									"watcherRole", "NEIGHBOUR", "watcherPersonId", kiku, "watcherAgreesToBeNamed",
									agreed, "frequency", "WEEKLY", "since", "2026-06-01")),
					"recordTie")
				.get("id"));
		}
		assertThat(names("houkatsu3")).as("she knows the watcher").containsExactlyInAnyOrder("隣野 キク", "隣野 キク");
		assertThat(names("coordinator")).as("no basis for the watcher: the agreed tie only")
			.containsExactlyInAnyOrder("隣野 キク", null);
	}

	private List<Object> names(String user) {
		List<Map<String, Object>> rows = flow.ok(user, TIES, Map.of("id", "hh-reita"), "ties.ties");
		return rows.stream().map(row -> (Object) ((Map<?, ?>) row.get("watcher")).get("name")).toList();
	}

}
