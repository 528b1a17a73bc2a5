package jp.jusou.graph.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.jusou.graph.household.HouseholdService;
import jp.jusou.graph.support.CypherQueries;
import org.neo4j.driver.Record;

/**
 * What the benchmark measures: each headline read as a GraphQL document and as the same
 * named query through the raw driver, with what the raw read read (for its audit record).
 */
final class Scenarios {

	private Scenarios() {
	}

	static List<Scenario> of(Targets targets, CypherQueries queries, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		return List.of(new Scenario("household with agencies",
				random -> """
						{ household(id: "%s") { members { name } agencies { agencies { agency { name } since links { kind reference basis { kind } } } withheld { count } } } }"""
					.formatted(targets.household(random)),
				(session, random) -> {
					String id = targets.household(random);
					List<Record> rows = session.executeRead(
							tx -> tx
								.run(queries.get("household-by-id"), Map.of("householdId", id, "staffId",
										"syn-st-bench", "withMembers", true, "withAgencies", true))
								.list());
					return new Scenario.Read(Set.of(id), Scenario.Read.ids(rows, "members", "id"));
				}),
				new Scenario("isolatedResidentsNear 1 km",
						random -> """
								{ isolatedResidentsNear(activityId: "%s", radiusMeters: 1000) { residents { householdId distanceMeters reasons person { name } } } }"""
							.formatted(targets.activity(random)),
						(session, random) -> {
							List<Record> rows = session.executeRead(tx -> tx.run(queries.get("isolated-residents-near"),
									Map.of("activityId", targets.activity(random), "staffId", "syn-st-bench", "radius",
											1000, "year", today.getYear(), "minimumAge", 65, "withdrawnMinimumAge", 15,
											"visitSince", today.minusDays(180), "limit", 50))
								.list());
							return new Scenario.Read(Scenario.Read.ids(rows, "residents", "householdId"),
									Scenario.Read.ids(rows, "residents", "personId"));
						}),
				new Scenario("resourcesNear 2 km", random -> {
					double[] point = targets.point(random);
					return """
							{ resourcesNear(near: {point: {latitude: %f, longitude: %f}}, radiusMeters: 2000) { distanceMeters resource { name } activities { name } } }"""
						.formatted(point[0], point[1]);
				}, (session, random) -> {
					double[] point = targets.point(random);
					Map<String, Object> parameters = new java.util.HashMap<>();
					parameters.put("latitude", point[0]);
					parameters.put("longitude", point[1]);
					parameters.put("radius", 2000);
					parameters.put("kinds", null);
					parameters.put("weekday", null);
					// the names the GraphQL read asks for, no more
					parameters.put("resourceAsked", "name");
					parameters.put("activityAsked", "name");
					session.executeRead(tx -> tx.run(queries.get("resources-near-point"), parameters).list());
					return null;
				}),
				new Scenario("households page deep in the list",
						random -> """
								{ households(first: 20, after: "%s") { edges { cursor node { id patterns } } pageInfo { hasNextPage } } }"""
							.formatted(targets.deepCursor()),
						(session, random) -> {
							Map<String, Object> parameters = new java.util.HashMap<>();
							parameters.put("staffId", "syn-st-bench");
							parameters.put("purpose", "CASE_WORK");
							parameters.put("today", today);
							parameters.put("afterId", targets.deepAfterId());
							parameters.put("limit", 21);
							parameters.put("walk", HouseholdService.PAGE_WALK);
							parameters.put("walkChosen", null);
							parameters.put("areaId", null);
							parameters.put("patterns", List.of());
							parameters.put("text", null);
							parameters.put("textKey", null);
							List<Record> rows = session
								.executeRead(tx -> tx.run(queries.get("households-page"), parameters).list());
							return new Scenario.Read(Scenario.Read.ids(rows, "household", "id"), Set.of());
						}),
				new Scenario("dashboard (fiscal year)",
						random -> "{ dashboard(fiscalYear: %d) { cells { metric value suppressed } targets { actual } } }"
							.formatted(fiscalYear),
						(session, random) -> {
							session.executeRead(tx -> tx.run(queries.get("dashboard"),
									Map.of("fromMonth", fiscalYear + "-04", "toMonth", (fiscalYear + 1) + "-03", "year",
											today.getYear(), "minimumAge", 65, "withdrawnMinimumAge", 15, "visitSince",
											today.minusDays(180)))
								.list());
							return null;
						}));
	}

}
