package jp.jusou.graph.household;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jp.jusou.graph.support.CypherQueries;
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
 * number of households: a busy agency walks households by id from the cursor and keeps
 * its candidates (the {@code candidate} test of fragments/access.cypher), the others —
 * and a walk that ended before the page was full — collect the agency's candidates (the
 * {@code candidates} subquery). Both must list exactly the same candidates, in id order;
 * and the pages list the households {@code household(id)} calls visible to the same user.
 */
@GraphApiTest
class HouseholdsPageTests {

	/**
	 * The reader's candidates, from the {@code candidates} subquery alone, in id order.
	 */
	private static final String CANDIDATES = CypherQueries.compose("""
			MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
			CALL (me) {
			{{access.candidates}}
			}
			RETURN DISTINCT h.id AS id ORDER BY id""");

	private static final String STAFF_AT_AGENCIES = """
			MATCH (staff:Staff)-[:WORKS_AT]->(:Agency)
			RETURN staff.id AS id ORDER BY id""";

	private static final String HOUSEHOLD_AREAS = """
			MATCH (h:Household)
			OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
			RETURN h.id AS id, area.id AS areaId ORDER BY id""";

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Autowired
	CypherQueries queries;

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

	/**
	 * Every agency's candidates after a cursor, walked (in stretches too short for a
	 * page, so that the walk hands over to collecting, and long enough) and collected,
	 * with and without an area filter, are the first of its candidates after the cursor.
	 */
	@Test
	void walkingAndCollectingFindTheSameCandidates() {
		String page = queries.get("households-page");
		Map<String, String> areaOf = new TreeMap<>();
		graph.rows(HOUSEHOLD_AREAS, Map.of())
			.forEach(row -> areaOf.put((String) row.get("id"), (String) row.get("areaId")));
		List<String> cursors = new ArrayList<>(List.of(""));
		cursors.addAll(areaOf.keySet());
		String someArea = areaOf.values().stream().filter(Objects::nonNull).findFirst().orElseThrow();
		int compared = 0;
		for (Map<String, Object> staff : graph.rows(STAFF_AT_AGENCIES, Map.of())) {
			String staffId = (String) staff.get("id");
			List<String> candidates = graph.rows(CANDIDATES, Map.of("staffId", staffId))
				.stream()
				.map(row -> (String) row.get("id"))
				.toList();
			for (String after : cursors) {
				for (String areaId : Arrays.asList(null, someArea)) {
					for (int limit : new int[] { 1, 3, 50 }) {
						List<String> expected = candidates.stream()
							.filter(id -> id.compareTo(after) > 0)
							.filter(id -> areaId == null || areaId.equals(areaOf.get(id)))
							.limit(limit)
							.toList();
						for (boolean walkChosen : new boolean[] { true, false }) {
							for (int walk : walkChosen ? new int[] { 1, 2, 4000 } : new int[] { 4000 }) {
								Map<String, Object> parameters = new HashMap<>();
								parameters.put("staffId", staffId);
								parameters.put("afterId", after);
								parameters.put("limit", limit);
								parameters.put("walk", walk);
								parameters.put("walkChosen", walkChosen);
								parameters.put("areaId", areaId);
								parameters.put("patterns", List.of());
								parameters.put("text", null);
								parameters.put("textKey", null);
								List<String> listed = graph.rows(page, parameters)
									.stream()
									.map(row -> (String) ((Map<?, ?>) row.get("household")).get("id"))
									.toList();
								assertThat(listed)
									.as("%s after '%s' in %s, first %d, %s", staffId, after, areaId, limit,
											walkChosen ? "walking " + walk : "collecting")
									.isEqualTo(expected);
								compared++;
							}
						}
					}
				}
			}
		}
		assertThat(compared).as("pages compared").isGreaterThan(100);
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
