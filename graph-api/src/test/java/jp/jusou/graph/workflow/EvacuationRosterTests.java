package jp.jusou.graph.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 避難行動要支援者名簿 is a legal channel of its own (災害対策基本法 第49条の11): in normal times it
 * reaches the 避難支援等関係者 agencies only, and only the entries whose person consented; a
 * disaster declared opens it to every agency without consent until it ends; every read
 * says its ground and the duty of secrecy (第49条の13) and is audited with that ground.
 */
@GraphApiTest
class EvacuationRosterTests extends WorkflowTest {

	static final String ROSTER = """
			{ evacuationRoster { basis disaster { id name inForce } secrecyNotice withheld
			    entries { personId name ageBand address needs sharingConsent supporters area { id } } } }""";

	private List<Object> names(Map<String, Object> roster) {
		return ((List<?>) roster.get("entries")).stream()
			.map(entry -> (Object) ((Map<?, ?>) entry).get("name"))
			.toList();
	}

	private List<Map<String, Object>> lastAudit() {
		return flow.cypher("""
				MATCH (e:AuditEvent) WITH e ORDER BY e.sequence DESC LIMIT 1
				RETURN e.operation AS operation, e.bases AS bases""", Map.of());
	}

	@Test
	void inNormalTimesOnlyTheSupportHoldersReceiveTheConsentedEntries() {
		Map<String, Object> held = flow.ok("csw", "OUTREACH", ROSTER, Map.of(), "evacuationRoster");
		assertThat(held).containsEntry("basis", "CONSENT_IN_NORMAL_TIMES").containsEntry("disaster", null);
		assertThat(names(held)).as("例田 ウメ consented; 試村 ハル was not asked").contains("例田 ウメ").doesNotContain("試村 ハル");
		assertThat(((Number) held.get("withheld")).intValue()).isGreaterThanOrEqualTo(1);
		assertThat((String) held.get("secrecyNotice")).contains("第49条の13");
		assertThat(lastAudit()).singleElement()
			.satisfies(event -> assertThat(event).containsEntry("operation", "Query.evacuationRoster")
				.containsEntry("bases", List.of("EVACUATION_ROSTER")));

		assertThat(flow.error("houkatsu1", ROSTER, Map.of())).as("not an 避難支援等関係者")
			.containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "areaId");
	}

	@Test
	void theAdministratorNamesAnAgencyAnEvacuationSupportHolder() {
		Map<String, Object> agency = new HashMap<>(flow.cypher("""
				MATCH (a:Agency {id: 'ag-houkatsu-1'})
				RETURN a.id AS id, a.name AS name, a.nameKana AS nameKana, a.kind AS kind, a.field AS field,
				       a.components AS components, a.operation AS operation, a.address AS address, a.phone AS phone""",
				Map.of())
			.get(0));
		agency.put("evacuationSupportHolder", true);
		try {
			flow.ok("admin", null, GraphQlDocuments.named("workflow/save-agency"), Map.of("input", agency),
					"saveAgency");
			assertThat(names(flow.ok("houkatsu1", ROSTER, Map.of(), "evacuationRoster")))
				.as("named by the municipality: the consented entries reach it")
				.contains("例田 ウメ")
				.doesNotContain("試村 ハル");
		}
		finally {
			flow.cypher("MATCH (a:Agency {id: 'ag-houkatsu-1'}) REMOVE a.evacuationSupportHolder", Map.of());
		}
		assertThat(flow.error("houkatsu1", ROSTER, Map.of())).containsEntry("code", "NO_BASIS");
	}

	@Test
	void aDeclaredDisasterOpensTheWholeRosterToEveryAgencyUntilItEnds() {
		Map<String, Object> disaster = flow.ok("coordinator",
				"mutation($input: DeclareDisasterInput!) { declareDisaster(input: $input) { id name from inForce } }",
				Map.of("input", Map.of("name", "令和8年台風第99号（訓練）", "from", "2026-11-22")), "declareDisaster");
		flow.createdOutreachRecord((String) disaster.get("id"));
		assertThat(disaster).containsEntry("inForce", true);

		Map<String, Object> during = flow.ok("houkatsu1", ROSTER, Map.of(), "evacuationRoster");
		assertThat(during).containsEntry("basis", "DISASTER").containsEntry("withheld", 0);
		assertThat(names(during)).contains("例田 ウメ", "試村 ハル");
		assertThat(lastAudit()).singleElement()
			.satisfies(event -> assertThat(event.get("bases")).isEqualTo(List.of("DISASTER:" + disaster.get("id"))));

		flow.ok("coordinator", "mutation($input: EndDisasterInput!) { endDisaster(input: $input) { to inForce } }",
				Map.of("input", Map.of("disasterId", disaster.get("id"), "to", "2026-11-22")), "endDisaster");
		assertThat(flow.error("houkatsu1", ROSTER, Map.of())).as("the disaster ended")
			.containsEntry("code", "NO_BASIS");
		assertThat(flow.error("houkatsu1",
				"mutation($input: DeclareDisasterInput!) { declareDisaster(input: $input) { id } }",
				Map.of("input", Map.of("name", "無断の宣言"))))
			.containsEntry("code", "ROLE_NOT_ALLOWED");
	}

	@Test
	void aCoordinatorPutsAPersonItKnowsOnTheRosterWithTheirAnswerOnSharing() {
		Map<String, Object> intake = flow.ok("coordinator", """
				mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { householdId } }""",
				Map.of("input",
						Map.of("newHousehold", Map.of("areaId", "area-w2", "address", "名簿町1-1（架空）", "consultee",
								Map.of("name", "名簿 トク", "birthYear", 1938, "relation", "HEAD"), "confirmNew", true),
								"date", "2026-11-01", "fields", List.of("CARE"), "topics", List.of("HEALTH"), "channel",
								"VISIT")),
				"recordConsultation");
		String household = (String) intake.get("householdId");
		flow.created(household);
		String person = (String) flow
			.cypher("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id", Map.of("id", household))
			.get(0)
			.get("id");
		String register = """
				mutation($input: RegisterEvacuationNeedInput!) { registerEvacuationNeed(input: $input) {
				  personId name needs sharingConsent } }""";
		Map<String, Object> entry = flow.ok("coordinator", register,
				Map.of("input", Map.of("personId", person, "sharingConsent", "REFUSED", "needs", "車いす")),
				"registerEvacuationNeed");
		assertThat(entry).containsEntry("name", "名簿 トク").containsEntry("sharingConsent", "REFUSED");
		assertThat(names(flow.ok("csw", "OUTREACH", ROSTER, Map.of(), "evacuationRoster"))).as("she refused")
			.doesNotContain("名簿 トク");
		flow.ok("coordinator", register,
				Map.of("input", Map.of("personId", person, "sharingConsent", "GIVEN", "needs", "車いす")),
				"registerEvacuationNeed");
		assertThat(names(flow.ok("csw", "OUTREACH", ROSTER, Map.of(), "evacuationRoster"))).as("she consented later")
			.contains("名簿 トク");
		Workflow.Registered stranger = flow.registeredAtTheWindow("名簿 外子", 1940, "名簿町2-2（架空）");
		String strangerId = (String) flow
			.cypher("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("id", stranger.householdId()))
			.get(0)
			.get("id");
		assertThat(flow.error("coordinator", register,
				Map.of("input", Map.of("personId", strangerId, "sharingConsent", "GIVEN", "needs", "x"))))
			.as("a person the coordinator may not know")
			.containsEntry("argument", "input.personId");
	}

}
