package jp.jusou.graph.support;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/** What a user sees of a household's agency links, read through the API as that user. */
public final class HouseholdLinks {

	private HouseholdLinks() {
	}

	/**
	 * The references (case numbers) of the household's agency links the tester's user is
	 * shown.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> visibleReferences(GraphQlTester tester, String householdId) {
		List<Map<String, Object>> agencies = tester
			.document("query($id: ID!) { household(id: $id) { agencies { agencies { links { reference } } } } }")
			.variable("id", householdId)
			.execute()
			.path("household.agencies.agencies")
			.entity(List.class)
			.get();
		return agencies.stream()
			.flatMap(agency -> ((List<Map<String, Object>>) agency.get("links")).stream())
			.map(link -> (String) link.get("reference"))
			.toList();
	}

}
