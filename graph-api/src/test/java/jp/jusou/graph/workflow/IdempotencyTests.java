package jp.jusou.graph.workflow;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mutation sent again with the same Idempotency-Key (a retry after a timeout) returns
 * the first answer and writes nothing more; the replay is audited; a key names one
 * request of one staff member.
 */
@GraphApiTest
class IdempotencyTests extends WorkflowTest {

	static final String REGISTER = GraphQlDocuments.named("workflow/idempotency-register");

	static final String REGISTER_AT = GraphQlDocuments.named("workflow/idempotency-register-at");

	static final String CREATE_RESOURCE = GraphQlDocuments.named("workflow/create-resource");

	@Test
	void aRetryWithTheSameKeyReturnsTheFirstAnswerAndWritesOnce() {
		Map<String, Object> first = send("seikatsu", "CASE_WORK", "key-register-1", REGISTER, "recordConsultation");
		String household = (String) first.get("householdId");
		flow.created(household);
		Map<String, Object> again = send("seikatsu", "CASE_WORK", "key-register-1", REGISTER, "recordConsultation");
		assertThat(again).isEqualTo(first);
		assertThat(flow.count("MATCH (h:Household {address: '冪等（架空）'}) RETURN count(h)", Map.of())).isOne();
		assertThat(flow.count("""
				MATCH (e:AuditEvent {operation: 'Mutation.recordConsultation'})
				WHERE 'IDEMPOTENT_REPLAY' IN e.bases AND e.username = 'seikatsu' RETURN count(e)""", Map.of()))
			.as("the replay is audited")
			.isPositive();

		String visit = "mutation { recordVisit(input: {householdId: \"" + household
				+ "\", date: \"2026-11-21\", outcome: MET}) { visitId outcome } }";
		assertThat(errors("seikatsu", "key-register-1", visit)).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "Idempotency-Key")
				.containsEntry("rule", "one-request-per-key"));
		Map<String, Object> visited = send("csw", "OUTREACH", "key-visit-1", visit, "recordVisit");
		assertThat(send("csw", "OUTREACH", "key-visit-1", visit, "recordVisit")).isEqualTo(visited);
		assertThat(send("seikatsu", "OUTREACH", "key-visit-1", visit, "recordVisit"))
			.as("another staff member's key is another key")
			.isNotEqualTo(visited);
		assertThat(flow.count("MATCH (:Visit)-[:TO]->(:Household {id: $id}) RETURN count(*)", Map.of("id", household)))
			.isEqualTo(2);

		String meeting = "mutation { recordMeeting(input: {kind: SUPPORT_MEETING, date: \"2026-11-22\","
				+ " attendingAgencyIds: [\"ag-seikatsu\"], households: [{householdId: \"" + household
				+ "\", decision: SHARE_INFORMATION}]}) { meetingId kind households { householdId decision personIds } } }";
		Map<String, Object> held = send("coordinator", "CASE_WORK", "key-meeting-1", meeting, "recordMeeting");
		assertThat(send("coordinator", "CASE_WORK", "key-meeting-1", meeting, "recordMeeting")).isEqualTo(held);
		assertThat(flow.count("MATCH (m:Meeting)-[:DISCUSSED]->(:Household {id: $id}) RETURN count(m)",
				Map.of("id", household)))
			.isOne();
	}

	@Test
	void aMutationThatEndsInAnErrorLeavesNoReceiptSoTheCorrectedRetryWrites() {
		assertThat(register(tester("seikatsu", "CASE_WORK", "key-broken-1"), "冪等（誤り）", "2099-01-01").returnResponse()
			.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "input.date"));
		String household = householdId(
				register(tester("seikatsu", "CASE_WORK", "key-broken-1"), "冪等（誤り）", "2026-11-20"));
		flow.created(household);
		assertThat(flow.count("MATCH (h:Household {address: '冪等（誤り）'}) RETURN count(h)", Map.of())).isOne();
	}

	@Test
	void aReplayPassesTheChecksItsHandlerDeclares() {
		flow.created(householdId(register(tester("seikatsu", "CASE_WORK", "key-checked-1"), "冪等（確認）", "2026-11-20")));
		assertThat(register(tester("seikatsu", null, "key-checked-1"), "冪等（確認）", "2026-11-20").returnResponse()
			.getErrors()).as("no declared purpose, no answer, not even the kept one")
			.singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "X-Purpose-Of-Use"));
	}

	@Test
	void everyMutationRunsOnceIncludingThoseAboutNoPerson() {
		Map<String, Object> input = Map.of("input",
				Map.of("name", "冪等ひろば（架空）", "kind", "COMMUNITY_HUB", "areaId", "area-w2", "location",
						Map.of("latitude", 37.4941, "longitude", 139.9321), "offers", List.of("PLACE_TO_BELONG")));
		String first = createResource("key-resource-1", input);
		flow.createdResource(first);
		assertThat(createResource("key-resource-1", input)).isEqualTo(first);
		assertThat(flow.count("MATCH (r:Resource {name: '冪等ひろば（架空）'}) RETURN count(r)", Map.of())).isOne();
	}

	private static GraphQlTester.Response register(HttpGraphQlTester tester, String address, String date) {
		return tester.document(REGISTER_AT).variable("address", address).variable("date", date).execute();
	}

	private static String householdId(GraphQlTester.Response response) {
		return response.path("recordConsultation.householdId").entity(String.class).get();
	}

	private String createResource(String key, Map<String, Object> variables) {
		return tester("csw", "OUTREACH", key).document(CREATE_RESOURCE)
			.variables(variables)
			.execute()
			.path("createResource.id")
			.entity(String.class)
			.get();
	}

	private Map<String, Object> send(String user, String purpose, String key, String document, String path) {
		return tester(user, purpose, key).document(document)
			.execute()
			.path(path)
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private List<ResponseError> errors(String user, String key, String document) {
		return tester(user, "CASE_WORK", key).document(document).execute().returnResponse().getErrors();
	}

	private HttpGraphQlTester tester(String user, String purpose, String key) {
		return users.as(user, purpose).mutate().header("Idempotency-Key", key).build();
	}

}
