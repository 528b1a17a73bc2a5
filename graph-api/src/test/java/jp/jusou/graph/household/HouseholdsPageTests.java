package jp.jusou.graph.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * households-page reaches a page two ways, chosen by the agency's reach against the
 * number of households: small pages of a busy agency walk households by id, large pages
 * collect the agency's households. Both must list exactly the households the agency has a
 * basis for, in id order, and those are the households {@code household(id)} calls
 * visible to the same user.
 */
@GraphApiTest
class HouseholdsPageTests {

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@ParameterizedTest
	@ValueSource(strings = { "coordinator", "csw", "houkatsu1", "houkatsu3", "kodomo", "seikatsu" })
	void pagesOfOneAndPagesOfAHundredListTheSameHouseholds(String username) {
		List<String> oneByOne = allPages(username, 1);
		List<String> allAtOnce = allPages(username, 100);
		assertThat(oneByOne).as("walked by id, one per page").isEqualTo(allAtOnce);
		assertThat(oneByOne).as("in id order").isSorted();
		assertThat(oneByOne).as("the households household(id) calls visible to " + username)
			.containsExactlyElementsOf(householdsWithABasis(username));
	}

	@Test
	void bothWaysAreTakenOnTheDemoCity() {
		long households = reachAndHouseholds("coordinator")[1];
		long coordinator = reachAndHouseholds("coordinator")[0];
		long houkatsu1 = reachAndHouseholds("houkatsu1")[0];
		assertThat(coordinator * coordinator).as("coordinator, first: 1 (limit 2): walks households by id")
			.isGreaterThan(2 * households);
		assertThat(coordinator * coordinator).as("coordinator, first: 100 (limit 101): collects its households")
			.isLessThanOrEqualTo(101 * households);
		assertThat(houkatsu1 * houkatsu1).as("houkatsu1, first: 1: collects its few households")
			.isLessThanOrEqualTo(2 * households);
	}

	private long[] reachAndHouseholds(String username) {
		Map<String, Object> sizes = graph
			.rows("""
					MATCH (:Staff {username: $username})-[:WORKS_AT]->(me:Agency)
					RETURN COUNT { (me)--() } AS reach, COUNT { (:Household) } AS households""",
					Map.of("username", username))
			.get(0);
		return new long[] { ((Number) sizes.get("reach")).longValue(), ((Number) sizes.get("households")).longValue() };
	}

	@SuppressWarnings("unchecked")
	private List<String> allPages(String username, int first) {
		List<String> ids = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 200; page++) {
			String arguments = "first: " + first + (after == null ? "" : ", after: \"" + after + "\"");
			Map<String, Object> answer = users.as(username)
				.document("{ households(" + arguments
						+ ") { edges { node { id } } pageInfo { hasNextPage endCursor } } }")
				.execute()
				.errors()
				.verify()
				.path("households")
				.entity(Map.class)
				.get();
			((List<Map<String, Map<String, Object>>>) answer.get("edges"))
				.forEach(edge -> ids.add((String) edge.get("node").get("id")));
			Map<String, Object> pageInfo = (Map<String, Object>) answer.get("pageInfo");
			if (!(Boolean) pageInfo.get("hasNextPage")) {
				return ids;
			}
			after = (String) pageInfo.get("endCursor");
		}
		throw new AssertionError("more than 200 pages");
	}

	/** Every demo household that household(id) calls visible to this user. */
	private List<String> householdsWithABasis(String username) {
		List<String> visible = new ArrayList<>();
		for (Map<String, Object> row : graph.rows("MATCH (h:Household) RETURN h.id AS id ORDER BY id", Map.of())) {
			String id = (String) row.get("id");
			boolean shown = users.as(username)
				.document("{ household(id: \"" + id + "\") { visible } }")
				.execute()
				.path("household.visible")
				.entity(Boolean.class)
				.get();
			if (shown) {
				visible.add(id);
			}
		}
		return visible;
	}

}
