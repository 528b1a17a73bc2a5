package jp.jusou.graph.workflow;

import java.util.Map;
import java.util.stream.Stream;

import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each workflow mutation, given input that breaks one rule, answers one error naming the
 * argument and the rule, and writes nothing (every node outside the audit log counted
 * before and after).
 */
@GraphApiTest
class WorkflowValidationTests {

	static final String COUNT = """
			MATCH (n) WHERE NOT (n:AuditEvent OR n:AuditChain OR n:AuditSubject OR n:AuditBatch OR n:AuditLinks)
			RETURN count(n) AS nodes""";

	@Autowired
	DemoUsers users;

	@Autowired
	Driver driver;

	@Autowired
	KeptFactsRebuild keptFacts;

	static Stream<Arguments> brokenInputs() {
		return Stream.of(
				Arguments.of("seikatsu",
						"""
								mutation { recordConsultation(input: {personId: "p-reita-kenichi", date: "2027-01-01", fields: [POVERTY],
								  topics: [MONEY], channel: PHONE}) { openedCase } }""",
						"input.date", "not-in-future"),
				Arguments.of("seikatsu", """
						mutation { recordConsultation(input: {date: "2026-11-01", fields: [POVERTY], topics: [MONEY],
						  channel: PHONE}) { openedCase } }""", "input.personId",
						"exactly-one-of-personId-newHousehold"),
				Arguments.of("seikatsu", """
						mutation { recordConsultation(input: {newHousehold: {areaId: "area-w2", address: "x",
						  consultee: {name: "例示", birthYear: 1980, relation: "HEAD"},
						  others: [{name: "例示", birthYear: 1800, relation: "CHILD"}]},
						  date: "2026-11-01", fields: [POVERTY], topics: [MONEY], channel: PHONE}) { openedCase } }""",
						"input.newHousehold.others[0].birthYear", "range"),
				Arguments.of("seikatsu", """
						mutation { recordConsultation(input: {newHousehold: {areaId: "area-nowhere", address: "x",
						  consultee: {name: "例示", birthYear: 1980, relation: "HEAD"}},
						  date: "2026-11-01", fields: [POVERTY], topics: [MONEY], channel: PHONE}) { openedCase } }""",
						"input.newHousehold.areaId", "exists"),
				Arguments.of("seikatsu",
						"""
								mutation { referToCoordination(input: {caseId: "case-reita-poverty", coordinatorAgencyId: "ag-houkatsu-1",
								  reason: "x", date: "2026-11-01"}) { referralId } }""",
						"input.coordinatorAgencyId", "coordination-body"),
				Arguments.of("houkatsu1",
						"""
								mutation { referToCoordination(input: {caseId: "case-reita-poverty", coordinatorAgencyId: "ag-chiiki-fukushi",
								  reason: "x", date: "2026-11-01"}) { referralId } }""",
						"input.caseId", "legal-basis"),
				Arguments.of("coordinator",
						"""
								mutation { createPlan(input: {householdId: "hh-mihon", goals: ["x"], monitoringDate: "2027-01-01",
								  roles: [{agencyId: "ag-seikatsu", field: POVERTY, role: "x"}]}) { plan { id } } }""",
						"input.householdId", "legal-basis"),
				Arguments.of("coordinator", """
						mutation { createPlan(input: {householdId: "hh-reita", goals: [], monitoringDate: "2027-01-01",
						  roles: [{agencyId: "ag-seikatsu", field: POVERTY, role: "x"}]}) { plan { id } } }""",
						"input.goals", "not-empty"),
				Arguments.of("coordinator", """
						mutation { revisePlan(input: {planId: "plan-reita", goals: ["x"]}) { plan { id } } }""",
						"input.planId", "plan-editable"),
				Arguments.of("coordinator", """
						mutation { recordMeeting(input: {kind: MULTI_LAYER_MEETING, date: "2026-11-01",
						  attendingAgencyIds: ["ag-seikatsu"], households: [{householdId: "hh-reita", decision: CLOSE,
						  planId: "plan-reita"}]}) { meetingId } }""", "input.households[0].evaluation", "required"),
				Arguments.of("coordinator",
						"""
								mutation { recordMeeting(input: {kind: MULTI_LAYER_MEETING, date: "2026-11-01",
								  attendingAgencyIds: ["ag-seikatsu"], households: [{householdId: "hh-reita", decision: APPROVE_PLAN,
								  planId: "plan-reita"}]}) { meetingId } }""",
						"input.households[0].decision", "plan-transition"),
				Arguments.of("coordinator", """
						mutation { recordMeeting(input: {kind: MULTI_LAYER_MEETING, date: "2026-11-01",
						  attendingAgencyIds: ["ag-kodomo"], households: [{householdId: "hh-kariyama",
						  decision: SHARE_INFORMATION}]}) { meetingId } }""", "input.households[0].householdId",
						"consent-required"),
				Arguments.of("coordinator", """
						mutation { recordMeeting(input: {kind: SUPPORT_MEETING, date: "2026-11-01",
						  attendingAgencyIds: ["ag-nowhere"]}) { meetingId } }""", "input.attendingAgencyIds",
						"exists"),
				Arguments.of("houkatsu3", """
						mutation { recordMeeting(input: {kind: SUPPORT_MEETING, date: "2026-11-01",
						  attendingAgencyIds: ["ag-seikatsu"]}) { meetingId } }""", "recordMeeting", "role"),
				Arguments.of("csw", """
						mutation { recordSignal(input: {source: NEIGHBOUR, date: "2026-11-01"}) { signalId } }""",
						"input.householdId", "household-or-place"),
				Arguments.of("csw",
						"""
								mutation { recordVisit(input: {householdId: "hh-nowhere", date: "2026-11-01", outcome: MET}) { visitId } }""",
						"input.householdId", "exists"),
				Arguments.of("seikatsu",
						"""
								mutation { matchParticipation(input: {personId: "p-reita-kenichi", activityId: "act-kodomo-shokudo",
								  startDate: "2026-12-01"}) { match { id } } }""",
						"input.activityId", "target-age"),
				Arguments.of("houkatsu1", """
						mutation { matchParticipation(input: {personId: "p-mihon-sho", activityId: "act-kodomo-shokudo",
						  startDate: "2026-12-01"}) { match { id } } }""", "input.personId", "legal-basis"),
				Arguments.of("csw",
						"""
								mutation { createActivity(input: {resourceId: "res-hub-touei", name: "x", rrule: "FREQ=MONTHLY;BYDAY=WE",
								  startTime: "10:00", endTime: "12:00"}) { id } }""",
						"input.rrule", "rrule"),
				Arguments.of("csw",
						"""
								mutation { createActivity(input: {resourceId: "res-hub-touei", name: "x", rrule: "FREQ=WEEKLY;BYDAY=WE",
								  startTime: "12:00", endTime: "10:00"}) { id } }""",
						"input.endTime", "after-startTime"),
				Arguments.of("houkatsu3",
						"""
								mutation { createResource(input: {name: "x", kind: SALON, location: {latitude: 37.5, longitude: 139.9}}) { id } }""",
						"createResource", "role"),
				Arguments.of("csw",
						"""
								mutation { createResource(input: {name: "x", kind: SALON, location: {latitude: 137.5, longitude: 139.9}}) { id } }""",
						"input.location", "wgs84"));
	}

	@ParameterizedTest(name = "{2} {3}")
	@MethodSource("brokenInputs")
	void aBrokenRuleIsNamedAndNothingIsWritten(String user, String document, String argument, String rule) {
		long before = nodes();
		Workflow flow = new Workflow(users, driver, keptFacts);
		assertThat(flow.error(user, document, Map.of())).containsEntry("argument", argument)
			.containsEntry("rule", rule);
		assertThat(nodes()).isEqualTo(before);
	}

	private long nodes() {
		return new Workflow(users, driver, keptFacts).count(COUNT, Map.of());
	}

}
