package jp.jusou.graph;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a GraphQL error naming the argument and the rule (HTTP 200,
 * {@code errors}), with no stack trace, class name or Cypher in it, and the graph is left
 * as it was (apart from the audit record of a refused attempt).
 */
@GraphApiTest
class ErrorsTests {

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					unknown household      | { household(id: "hh-nobody") { id } }                                                                  | id                   | exists      | NOT_FOUND
					unknown agency         | { agency(id: "ag-nobody") { id } }                                                                     | id                   | exists      | NOT_FOUND
					unknown area           | { area(id: "area-nowhere") { id } }                                                                    | id                   | exists      | NOT_FOUND
					unknown activity       | { isolatedResidentsNear(activityId: "act-none", radiusMeters: 500) { residents { householdId } } }     | activityId           | exists      | NOT_FOUND
					blank id               | { household(id: " ") { id } }                                                                          | id                   | id          | BAD_REQUEST
					negative radius        | { isolatedResidentsNear(activityId: "act-hub-soudan", radiusMeters: -1) { residents { householdId } } } | radiusMeters        | range       | BAD_REQUEST
					zero radius            | { resourcesNear(near: {point: {latitude: 37.49, longitude: 139.93}}, radiusMeters: 0) { distanceMeters } } | radiusMeters     | range       | BAD_REQUEST
					huge radius            | { resourcesNear(near: {point: {latitude: 37.49, longitude: 139.93}}, radiusMeters: 50000) { distanceMeters } } | radiusMeters | range       | BAD_REQUEST
					latitude out of range  | { resourcesNear(near: {point: {latitude: 137.49, longitude: 139.93}}, radiusMeters: 500) { distanceMeters } } | near.point.latitude | range | BAD_REQUEST
					both centres           | { resourcesNear(near: {householdId: "hh-reita", point: {latitude: 37.49, longitude: 139.93}}, radiusMeters: 500) { distanceMeters } } | near | exactly-one | BAD_REQUEST
					no centre              | { resourcesNear(near: {}, radiusMeters: 500) { distanceMeters } }                                      | near                 | exactly-one | BAD_REQUEST
					unknown centre         | { resourcesNear(near: {householdId: "hh-nobody"}, radiusMeters: 500) { distanceMeters } }             | near.householdId     | exists      | NOT_FOUND
					centre without basis   | { resourcesNear(near: {householdId: "hh-shimura"}, radiusMeters: 500) { distanceMeters } }            | near.householdId     | legal-basis | FORBIDDEN
					malformed cursor       | { households(after: "not-a-cursor!") { edges { cursor } } }                                            | after                | cursor      | BAD_REQUEST
					foreign cursor         | { households(after: "YWdlbmN5OmFnLWtvZG9tbw") { edges { cursor } } }                                   | after                | cursor      | BAD_REQUEST
					page size zero         | { households(first: 0) { edges { cursor } } }                                                          | first                | range       | BAD_REQUEST
					page size too large    | { households(first: 101) { edges { cursor } } }                                                        | first                | range       | BAD_REQUEST
					""")
	void namesTheArgumentAndTheRule(String description, String document, String argument, String rule,
			String classification) {
		long nodesBefore = graph.nodesBesideTheAudit();
		List<ResponseError> errors = users.as("coordinator").document(document).execute().returnResponse().getErrors();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).startsWith(argument + ":");
			assertThat(error.getExtensions()).containsEntry("argument", argument)
				.containsEntry("rule", rule)
				.containsEntry("classification", classification);
			assertSafe(error.getMessage());
		});
		assertThat(graph.nodesBesideTheAudit()).isEqualTo(nodesBefore);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			wrong argument type | { household(id: ["a", "b"]) { id } }
			unknown field       | { household(id: "hh-reita") { salary } }
			syntax error        | { household(id: "hh-reita" { id } }
			missing argument    | { resourcesNear(radiusMeters: 500) { distanceMeters } }
			""")
	void invalidDocumentsAreRejectedWithoutInternals(String description, String document) {
		List<ResponseError> errors = users.as("coordinator").document(document).execute().returnResponse().getErrors();
		assertThat(errors).isNotEmpty().allSatisfy(error -> assertSafe(error.getMessage()));
	}

	@Test
	void aRequestThatCannotRunSaysSoWithoutInternals() {
		users.client()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
			.bodyValue(Map.of("query", "{ me { username } }", "variables", Map.of("x", 1), "operationName", "Nope"))
			.exchange()
			.expectBody(String.class)
			.value(body -> assertSafe(body));
	}

	private static void assertSafe(String message) {
		assertThat(message).doesNotContain("Exception", "at jp.", "at org.", "MATCH", "RETURN", "java.", "jp.jusou",
				"org.neo4j");
	}

}
