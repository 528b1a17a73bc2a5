package jp.jusou.graph.workflow;

import java.util.Map;
import java.util.stream.Stream;

import jp.jusou.graph.audit.AuditJournalShipper;
import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import jp.jusou.graph.support.GraphRows;
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

	@Autowired
	DemoUsers users;

	@Autowired
	Driver driver;

	@Autowired
	KeptFactsRebuild keptFacts;

	@Autowired
	AuditJournalShipper auditShipper;

	@Autowired
	GraphRows graph;

	static Stream<Arguments> brokenInputs() {
		return Stream.of(
				Arguments.of("seikatsu", GraphQlDocuments.named("workflow/record-consultation-5"), "input.date",
						"not-in-future"),
				Arguments.of("seikatsu", GraphQlDocuments.named("workflow/record-consultation-6"), "input.personId",
						"exactly-one-of-personId-newHousehold"),
				Arguments.of("seikatsu", GraphQlDocuments.named("workflow/record-consultation-7"),
						"input.newHousehold.others[0].birthYear", "range"),
				Arguments.of("seikatsu", GraphQlDocuments.named("workflow/record-consultation-8"),
						"input.newHousehold.areaId", "exists"),
				Arguments.of("seikatsu", GraphQlDocuments.named("workflow/refer-to-coordination-3"),
						"input.coordinatorAgencyId", "coordination-body"),
				Arguments.of("houkatsu1", GraphQlDocuments.named("workflow/refer-to-coordination-4"), "input.caseId",
						"legal-basis"),
				Arguments.of("coordinator", GraphQlDocuments.named("workflow/create-plan-3"), "input.householdId",
						"legal-basis"),
				Arguments.of("coordinator", GraphQlDocuments.named("workflow/create-plan-4"), "input.goals",
						"not-empty"),
				Arguments.of("coordinator", GraphQlDocuments.named("workflow/revise-plan-3"), "input.planId",
						"plan-editable"),
				Arguments.of("coordinator", GraphQlDocuments.named("workflow/record-meeting-3"),
						"input.households[0].evaluation", "required"),
				Arguments.of("coordinator", GraphQlDocuments.named("workflow/record-meeting-4"),
						"input.households[0].decision", "plan-transition"),
				Arguments.of("coordinator", GraphQlDocuments.named("workflow/record-meeting-5"),
						"input.households[0].householdId", "consent-required"),
				Arguments.of("coordinator", GraphQlDocuments.named("workflow/record-meeting-6"),
						"input.attendingAgencyIds", "exists"),
				Arguments.of("houkatsu3", GraphQlDocuments.named("workflow/record-meeting-7"), "recordMeeting", "role"),
				Arguments.of("csw", GraphQlDocuments.named("workflow/record-signal-5"), "input.householdId",
						"household-or-place"),
				Arguments.of("csw", GraphQlDocuments.named("workflow/record-visit-2"), "input.householdId", "exists"),
				Arguments.of("seikatsu", GraphQlDocuments.named("workflow/match-participation-2"), "input.activityId",
						"target-age"),
				Arguments.of("houkatsu1", GraphQlDocuments.named("workflow/match-participation-3"), "input.personId",
						"legal-basis"),
				Arguments.of("csw", GraphQlDocuments.named("workflow/create-activity-3"), "input.rrule", "rrule"),
				Arguments.of("csw", GraphQlDocuments.named("workflow/create-activity-4"), "input.endTime",
						"after-startTime"),
				Arguments.of("houkatsu3", GraphQlDocuments.named("workflow/create-resource-3"), "createResource",
						"role"),
				Arguments.of("csw", GraphQlDocuments.named("workflow/create-resource-4"), "input.location", "wgs84"));
	}

	@ParameterizedTest(name = "{2} {3}")
	@MethodSource("brokenInputs")
	void aBrokenRuleIsNamedAndNothingIsWritten(String user, String document, String argument, String rule) {
		long before = graph.nodesBesideTheAudit();
		Workflow flow = new Workflow(users, driver, keptFacts, auditShipper);
		assertThat(flow.error(user, document, Map.of())).containsEntry("argument", argument)
			.containsEntry("rule", rule);
		assertThat(graph.nodesBesideTheAudit()).isEqualTo(before);
	}

}
