package jp.jusou.graph.dashboard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates only: no person reachable, small cells suppressed and marked, targets
 * against actuals.
 */
@GraphApiTest
class DashboardTests {

	@Autowired
	DemoUsers users;

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void smallCellsAreSuppressedAndMarked() {
		List<Map<String, Object>> cells = cells("");
		assertThat(cells).isNotEmpty().allSatisfy(cell -> {
			boolean personDerived = DashboardMetric.valueOf((String) cell.get("metric")).personDerived();
			if ((Boolean) cell.get("suppressed")) {
				assertThat(personDerived).as("only counts derived from persons are suppressed").isTrue();
				assertThat(cell.get("value")).isNull();
			}
			else if (personDerived) {
				assertThat((Integer) cell.get("value")).satisfiesAnyOf(value -> assertThat(value).isZero(),
						value -> assertThat(value).isGreaterThanOrEqualTo(5));
			}
		});
		assertThat(cells).as("public things are counted as they are, small or not")
			.contains(Map.of("metric", "ACTIVITIES", "areaId", "area-w3", "key", "", "month", "", "value", 1,
					"suppressed", false));
		assertThat(cells).as("12 子育て支援拠点 in 若松第2圏域 are shown")
			.contains(Map.of("metric", "RESOURCES", "areaId", "area-w2", "key", "CHILDCARE_HUB", "month", "", "value",
					12, "suppressed", false));
		assertThat(cells("(metric: CONSULTATIONS)")).as("the demo city's consultations are all single cases")
			.isNotEmpty()
			.allSatisfy(cell -> assertThat(cell).containsEntry("suppressed", true));
	}

	@Test
	@SuppressWarnings("unchecked")
	void targetsAreComparedWithActuals() {
		List<Map<String, Object>> targets = users.as("dashboard")
			.document("{ dashboard(fiscalYear: 2026) { from to targets { name target actual suppressed ratio } } }")
			.execute()
			.path("dashboard.targets")
			.entity(List.class)
			.get();
		assertThat(targets).containsExactly(
				Map.of("name", "地域ケア会議開催回数", "target", 50, "actual", 0, "suppressed", false, "ratio", 0.0));
	}

	@Test
	void onlyDashboardAndCoordinatorRolesReadIt() {
		users.as("houkatsu3")
			.document("{ dashboard(fiscalYear: 2026) { fiscalYear } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "ROLE_NOT_ALLOWED")));
		users.as("coordinator").document("{ dashboard(fiscalYear: 2026) { fiscalYear } }").execute().errors().verify();
	}

	@Test
	void noPersonLevelTypeIsReachableFromTheDashboard() {
		Set<String> reachable = new HashSet<>();
		Deque<GraphQLType> toVisit = new ArrayDeque<>(List.of(graphQlSource.schema().getType("Dashboard")));
		while (!toVisit.isEmpty()) {
			GraphQLType type = GraphQLTypeUtil.unwrapAll(toVisit.pop());
			if (type instanceof GraphQLNamedType named && reachable.add(named.getName())
					&& type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions().forEach(field -> toVisit.push(field.getType()));
			}
		}
		assertThat(reachable).doesNotContain("Household", "Member", "IsolatedResident", "Involvement", "Consent",
				"AuditRecord");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> cells(String arguments) {
		List<Map<String, Object>> cells = users.as("dashboard", null)
			.document("{ dashboard(fiscalYear: 2026) { suppressionThreshold cells" + arguments
					+ " { metric areaId key month value suppressed } } }")
			.execute()
			.path("dashboard.cells")
			.entity(List.class)
			.get();
		return cells.stream().map(cell -> {
			Map<String, Object> normalised = new java.util.HashMap<>(cell);
			normalised.replaceAll((name, value) -> value == null && !name.equals("value") ? "" : value);
			return normalised;
		}).toList();
	}

}
