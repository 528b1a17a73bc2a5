package jp.jusou.graph.workflow;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outreach that continues (第4号): a visit records its programme, the kind of contact and
 * the next visit planned; the agency's list of visits due follows its latest visit, by
 * area; whom a visit met is named only among members the visitor may see, and only when
 * it was contact.
 */
@GraphApiTest
class VisitsThatContinueTests extends WorkflowTest {

	static final String VISIT = """
			mutation($input: RecordVisitInput!) {
			  recordVisit(input: $input) { visitId outcome purpose nextVisitOn metCount } }""";

	static final String DUE = """
			query($area: ID, $within: Int) { visitsDue(areaId: $area, withinDays: $within) {
			  householdId area { id } lastVisitOn lastOutcome purpose dueOn daysOverdue address } }""";

	private Map<String, Object> visit(String user, Map<String, Object> input) {
		Map<String, Object> visit = flow.ok(user, "OUTREACH", VISIT, Map.of("input", input), "recordVisit");
		flow.createdOutreachRecord((String) visit.get("visitId"));
		return visit;
	}

	private List<Map<String, Object>> due(String user, String areaId, int within) {
		java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
		variables.put("area", areaId);
		variables.put("within", within);
		return flow.ok(user, "OUTREACH", DUE, variables, "visitsDue");
	}

	@Test
	void theNextVisitPlannedPutsTheHouseholdOnTheListOfVisitsDueUntilTheNextVisit() {
		Workflow.Registered registered = flow.registeredAtTheWindow("予定 一郎", 1948, "予定町3-3（架空）");
		Map<String, Object> first = visit("seikatsu", Map.of("householdId", registered.householdId(), "date",
				"2026-10-20", "outcome", "LETTER_LEFT", "purpose", "CSW_OUTREACH", "nextVisitOn", "2026-11-20"));
		assertThat(first).containsEntry("purpose", "CSW_OUTREACH")
			.containsEntry("nextVisitOn", "2026-11-20")
			.containsEntry("metCount", 0);

		assertThat(due("seikatsu", null, 0)).filteredOn(row -> registered.householdId().equals(row.get("householdId")))
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("dueOn", "2026-11-20")
				.containsEntry("daysOverdue", 3)
				.containsEntry("lastOutcome", "LETTER_LEFT")
				.containsEntry("address", "予定町3-3（架空）")
				.containsEntry("area", Map.of("id", "area-w2")));
		assertThat(due("seikatsu", "area-w1", 0)).as("another area")
			.noneMatch(row -> registered.householdId().equals(row.get("householdId")));
		assertThat(due("csw", null, 90)).as("another agency's plan is not its list")
			.noneMatch(row -> registered.householdId().equals(row.get("householdId")));

		visit("seikatsu", Map.of("householdId", registered.householdId(), "date", "2026-11-22", "outcome", "PHONE",
				"nextVisitOn", "2026-12-22"));
		assertThat(due("seikatsu", null, 0)).as("the next visit is a month ahead")
			.noneMatch(row -> registered.householdId().equals(row.get("householdId")));
		assertThat(due("seikatsu", null, 30)).as("within 30 days")
			.anyMatch(row -> registered.householdId().equals(row.get("householdId"))
					&& row.get("daysOverdue").equals(-29));
	}

	@Test
	void whomAVisitMetIsNamedOnlyWhenItWasContactAndOnlyAmongMembersTheVisitorMaySee() {
		Workflow.Registered registered = flow.registeredAtTheWindow("面会 花子", 1950, "面会町4-4（架空）");
		String person = (String) flow
			.cypher("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("id", registered.householdId()))
			.get(0)
			.get("id");
		assertThat(
				flow.error("seikatsu", VISIT,
						Map.of("input",
								Map.of("householdId", registered.householdId(), "date", "2026-11-01", "outcome",
										"NOT_MET", "metPersonIds", List.of(person)))))
			.containsEntry("argument", "input.metPersonIds");
		Map<String, Object> foreign = flow.error("seikatsu", VISIT,
				Map.of("input", Map.of("householdId", registered.householdId(), "date", "2026-11-01", "outcome", "MET",
						"metPersonIds", List.of("p-reita-ume"))));
		Map<String, Object> unseen = flow.error("csw", VISIT, Map.of("input", Map.of("householdId",
				registered.householdId(), "date", "2026-11-01", "outcome", "MET", "metPersonIds", List.of(person))));
		assertThat(foreign).as("a member of another household").containsEntry("argument", "input.metPersonIds[0]");
		assertThat(unseen).as("a member the CSW has no basis for: the same answer")
			.containsEntry("argument", "input.metPersonIds[0]")
			.containsEntry("rule", foreign.get("rule"));
		assertThat(flow.error("seikatsu", VISIT, Map.of("input", Map.of("householdId", registered.householdId(), "date",
				"2026-11-01", "outcome", "MET", "nextVisitOn", "2026-11-01"))))
			.containsEntry("argument", "input.nextVisitOn");
		assertThat(visit("seikatsu", Map.of("householdId", registered.householdId(), "date", "2026-11-01", "outcome",
				"MET", "metPersonIds", List.of(person))))
			.containsEntry("metCount", 1);
	}

}
