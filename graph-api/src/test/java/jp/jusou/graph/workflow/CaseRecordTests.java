package jp.jusou.graph.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case record read back — a household's 支援経過記録, its plans with their course, its
 * meetings — each item on its basis, the rest counted: played on a household registered
 * at the 生活困窮 window, referred to 多機関協働, planned for at a 重層的支援会議 and visited by the CSW.
 */
@GraphApiTest
class CaseRecordTests extends WorkflowTest {

	static final String TIMELINE = GraphQlDocuments.named("workflow/timeline");

	String household;

	String person;

	String mother;

	String planId;

	String caseId;

	@BeforeEach
	void aHouseholdWithContactsFromSeveralWindows() {
		Map<String, Object> intake = flow.ok("seikatsu", GraphQlDocuments.named("workflow/record-consultation"),
				Map.of("input",
						Map.of("newHousehold",
								Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "location",
										Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee",
										Map.of("name", "経過 一郎", "birthYear", 1980, "relation", "HEAD"), "others",
										List.of(Map.of("name", "経過 母", "birthYear", 1950, "relation", "MOTHER"))),
								"date", "2026-10-01", "fields", List.of("POVERTY"), "topics", List.of("MONEY", "WORK"),
								"channel", "WALK_IN", "summary", "家賃の滞納が続いている")),
				"recordConsultation");
		household = (String) intake.get("householdId");
		flow.created(household);
		caseId = (String) ((Map<?, ?>) intake.get("case")).get("id");
		person = memberNamed("経過 一郎");
		mother = memberNamed("経過 母");
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/consent"),
				Map.of("input", Map.of("subjectId", person, "decision", "PERMIT", "granteeAgencyIds",
						List.of(Workflow.COORDINATOR_AGENCY), "meetingParticipants", true, "categories",
						List.of("POVERTY", "CARE", "OTHER"), "purposes", List.of("CASE_WORK", "PLAN_DELIBERATION"),
						"validFrom", "2026-10-02", "validTo", "2027-10-01", "verification", "SIGNED")),
				"recordConsent");
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/refer-to-coordination"),
				Map.of("input", Map.of("caseId", caseId, "coordinatorAgencyId", Workflow.COORDINATOR_AGENCY, "reason",
						"母の介護と本人の就労が重なる", "date", "2026-10-05")),
				"referToCoordination");
		planId = (String) ((Map<?, ?>) flow
			.<Map<String, Object>>ok("coordinator", "PLAN_DELIBERATION",
					GraphQlDocuments.named("workflow/create-plan-2"),
					Map.of("input",
							Map.of("householdId", household, "goals", List.of("家計の立て直し"), "monitoringDate",
									"2027-03-01", "roles", List.of(Map.of("agencyId", "ag-seikatsu", "personId", person,
											"field", "POVERTY", "role", "家計改善支援")))),
					"createPlan")
			.get("plan")).get("id");
		flow.ok("coordinator", "PLAN_DELIBERATION", GraphQlDocuments.named("workflow/record-meeting-2"),
				Map.of("input", Map.of("kind", "MULTI_LAYER_MEETING", "date", today(), "attendingAgencyIds",
						List.of("ag-seikatsu"), "households",
						List.of(Map.of("householdId", household, "decision", "APPROVE_PLAN", "planId", planId)))),
				"recordMeeting");
		flow.ok("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-visit"),
				Map.of("input",
						Map.of("householdId", household, "date", "2026-10-25", "outcome", "MET", "note", "母の様子を確認")),
				"recordVisit");
	}

	@Test
	void theConsultingWindowReadsBackItsOwnRecordInDateOrderAndSeesTheRestCounted() {
		Map<String, Object> timeline = timeline("seikatsu", 100, null, null);
		List<Map<String, Object>> entries = entries(timeline);
		assertThat(entries).extracting(entry -> entry.get("kind") + " " + entry.get("date") + " " + entry.get("status"))
			.containsExactly("CASE 2026-10-01 OPENED", "CONSULTATION 2026-10-01 WALK_IN", "CONSENT 2026-10-02 PERMIT",
					"CASE 2026-10-05 OPENED", "REFERRAL 2026-10-05 TO_COORDINATION", "PLAN " + today() + " DRAFT",
					"MEETING " + today() + " APPROVE_PLAN", "PLAN " + today() + " APPROVE_PLAN");
		assertThat(entries.get(1)).containsEntry("memberId", person)
			.containsEntry("summary", "相談（来所）: お金・家計・仕事 — 家賃の滞納が続いている")
			.containsEntry("basis", Map.of("kind", "OWN_AGENCY"));
		assertThat(entries.get(3)).as("the coordinator's case: the consent names the meeting's participants")
			.containsEntry("agency", Map.of("id", Workflow.COORDINATOR_AGENCY))
			.extractingByKey("basis")
			.isEqualTo(Map.of("kind", "CONSENT"));
		assertThat(entries.get(4)).containsEntry("agency", Map.of("id", "ag-seikatsu"))
			.containsEntry("toAgency", Map.of("id", Workflow.COORDINATOR_AGENCY));
		assertThat(timeline.get("withheld")).as("the CSW's visit: a household-wide item needs every member's consent")
			.isEqualTo(Map.of("count", 1, "categories", List.of("OTHER"), "reason",
					((Map<?, ?>) timeline.get("withheld")).get("reason")));
	}

	@Test
	void theCoordinatorSeesTheWindowsConsultationThroughTheConsentAndAnOutsiderSeesOnlyACount() {
		List<Map<String, Object>> coordinator = entries(timeline("coordinator", 100, null, null));
		assertThat(coordinator).filteredOn(entry -> "CONSULTATION".equals(entry.get("kind")))
			.singleElement()
			.satisfies(entry -> assertThat(((Map<?, ?>) entry.get("basis")).get("kind")).isEqualTo("CONSENT"));
		assertThat(coordinator).extracting(entry -> entry.get("kind")).contains("REFERRAL", "MEETING", "PLAN");

		Map<String, Object> outsider = timeline("houkatsu3", 100, null, null);
		assertThat(entries(outsider)).isEmpty();
		assertThat(((Map<?, ?>) outsider.get("withheld")).get("count"))
			.as("two cases, consultation, consent, referral, meeting, plan twice, visit")
			.isEqualTo(9);
	}

	@Test
	void pagesFollowOneAnotherWithoutGapsAndKindsFilter() {
		List<Object> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 10; page++) {
			Map<String, Object> timeline = timeline("seikatsu", 2, after, null);
			entries(timeline).forEach(entry -> paged.add(entry.get("reference")));
			Map<?, ?> pageInfo = (Map<?, ?>) timeline.get("pageInfo");
			if (!(Boolean) pageInfo.get("hasNextPage")) {
				break;
			}
			after = (String) pageInfo.get("endCursor");
		}
		assertThat(paged).isEqualTo(
				entries(timeline("seikatsu", 100, null, null)).stream().map(entry -> entry.get("reference")).toList());
		assertThat(entries(timeline("seikatsu", 100, null, List.of("PLAN"))))
			.extracting(entry -> entry.get("reference"))
			.containsExactly(planId, planId + "@" + meetingOf(planId));
		assertThat(flow.error("seikatsu",
				"query($id: ID!) { household(id: $id) { timeline(after: \"nope\") { pageInfo { hasNextPage } } } }",
				Map.of("id", household)))
			.containsEntry("argument", "after")
			.containsEntry("rule", "cursor");
	}

	static final String PLAN = GraphQlDocuments.named("workflow/plan");

	/**
	 * A 支援会議 shares the plan as it stood on its date: drawn up before it, approved after
	 * it, the plan reads as a draft with its later course counted; a member of the
	 * 重層的支援会議 that approved it sees which meeting that was, a party who was not there
	 * does not.
	 */
	@Test
	void aPlanSharedByASupportMeetingReadsAsItStoodOnTheMeetingsDate() {
		String approval = meetingOf(planId);
		flow.cypher("MATCH (pl:SupportPlan {id: $id}) SET pl.created = date('2026-11-01')", Map.of("id", planId));
		flow.cypher("MATCH (m:Meeting {id: $id}) SET m.date = date('2026-11-20')", Map.of("id", approval));
		flow.ok("coordinator", "CASE_WORK", GraphQlDocuments.named("workflow/record-meeting-2"), Map.of("input",
				Map.of("kind", "SUPPORT_MEETING", "date", "2026-11-10", "attendingAgencyIds", List.of("ag-kodomo"),
						"households", List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")))),
				"recordMeeting");
		String read = PLAN.replace("withheldRoles { count }", "withheldRoles { count } withheld { count }");
		Map<String, Object> shared = flow.ok("kodomo", "CASE_WORK", read, Map.of("id", planId), "plan");
		assertThat(shared).containsEntry("basis", Map.of("kind", "SUPPORT_MEETING"))
			.containsEntry("status", "DRAFT")
			.containsEntry("withheld", Map.of("count", 1));
		assertThat((List<?>) shared.get("history")).hasSize(1);
		Map<String, Object> party = flow.ok("seikatsu", "CASE_WORK", read, Map.of("id", planId), "plan");
		assertThat(party).containsEntry("status", "ACTIVE").containsEntry("withheld", null);
		assertThat(((Map<?, ?>) ((List<?>) party.get("history")).get(1)).get("meetingId"))
			.as("seikatsu attended the approval")
			.isEqualTo(approval);
	}

	@Test
	void aPlanIsReadBackWithItsCourseByItsPartiesAndCountedForOthers() {
		String meeting = meetingOf(planId);
		flow.ok("coordinator", "PLAN_DELIBERATION", GraphQlDocuments.named("workflow/record-meeting-2"), Map.of("input",
				Map.of("kind", "MULTI_LAYER_MEETING", "date", today(), "attendingAgencyIds", List.of("ag-seikatsu"),
						"households", List.of(Map.of("householdId", household, "decision", "CLOSE", "planId", planId,
								"evaluation", "家計が安定し、母は介護サービスにつながった", "goalAttainment", "PARTLY_ACHIEVED")))),
				"recordMeeting");
		assertThat(flow.cypher("""
				MATCH (:Meeting)-[d:DISCUSSED {decision: 'CLOSE'}]->(:Household {id: $household})
				MATCH (plan:SupportPlan {id: $plan})
				RETURN d.goalAttainment AS atMeeting, plan.goalAttainment AS onPlan""",
				Map.of("household", household, "plan", planId)))
			.as("the closing meeting's goal attainment, for the yearly evaluation")
			.containsExactly(Map.of("atMeeting", "PARTLY_ACHIEVED", "onPlan", "PARTLY_ACHIEVED"));
		Map<String, Object> plan = flow.ok("coordinator", "PLAN_DELIBERATION", PLAN, Map.of("id", planId), "plan");
		assertThat(plan).containsEntry("status", "CLOSED")
			.containsEntry("coordinator", Map.of("id", Workflow.COORDINATOR_AGENCY))
			.containsEntry("evaluation", "家計が安定し、母は介護サービスにつながった")
			.containsEntry("basis", Map.of("kind", "OWN_AGENCY"))
			.containsEntry("withheldRoles", null);
		assertThat((List<?>) plan.get("history"))
			.extracting(step -> ((Map<?, ?>) step).get("status") + " " + ((Map<?, ?>) step).get("decisionLabel") + " "
					+ ((Map<?, ?>) step).get("evaluation"))
			.containsExactly("DRAFT 策定 null", "ACTIVE プラン承認 null", "CLOSED 支援終結 家計が安定し、母は介護サービスにつながった");
		assertThat(((Map<?, ?>) ((List<?>) plan.get("history")).get(1)).get("meetingId")).isEqualTo(meeting);
		assertThat(flow.<Map<String, Object>>ok("seikatsu", PLAN, Map.of("id", planId), "plan"))
			.as("the agency with a role")
			.containsEntry("basis", Map.of("kind", "OWN_AGENCY"));

		assertThat(flow.error("houkatsu3", PLAN, Map.of("id", planId))).containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "id");
		Map<String, Object> plans = flow.ok("houkatsu3",
				"query($id: ID!) { household(id: $id) { plans {" + " plans { id } withheld { count categories } } } }",
				Map.of("id", household), "household.plans");
		// 包括3 has no basis in the household: it learns that a plan exists, not of which
		// fields
		assertThat(plans).containsEntry("plans", List.of())
			.containsEntry("withheld", Map.of("count", 1, "categories", List.of()));
	}

	@Test
	void aMeetingIsReadBackByItsMembersOnly() {
		String meeting = meetingOf(planId);
		String document = GraphQlDocuments.named("workflow/meeting-2");
		Map<String, Object> read = flow.ok("seikatsu", document, Map.of("id", meeting), "meeting");
		assertThat(read).containsEntry("kind", "MULTI_LAYER_MEETING")
			.containsEntry("kindLabel", "重層的支援会議")
			.containsEntry("convener", Map.of("id", Workflow.COORDINATOR_AGENCY))
			.containsEntry("households", List.of(Map.of("householdId", household, "decision", "APPROVE_PLAN",
					"decisionLabel", "プラン承認", "planId", planId, "personIds", List.of(person))));
		assertThat(flow.error("csw", document, Map.of("id", meeting))).containsEntry("code", "NO_BASIS");
		String meetings = "query($id: ID!) { household(id: $id) { meetings { meetings { id } withheld { count } } } }";
		assertThat(flow.<Map<String, Object>>ok("coordinator", meetings, Map.of("id", household), "household.meetings"))
			.containsEntry("meetings", List.of(Map.of("id", meeting)))
			.containsEntry("withheld", null);
		assertThat(flow.<Map<String, Object>>ok("csw", meetings, Map.of("id", household), "household.meetings"))
			.containsEntry("meetings", List.of())
			.containsEntry("withheld", Map.of("count", 1));
	}

	static final String CASE = GraphQlDocuments.named("workflow/case");

	@Test
	void aCaseIsReadBackWithItsConsultationsByItsWindowAndThroughConsent() {
		Map<String, Object> own = flow.ok("seikatsu", CASE, Map.of("id", caseId), "case");
		assertThat(own).containsEntry("personName", "経過 一郎")
			.containsEntry("basis", Map.of("kind", "OWN_AGENCY"))
			.containsEntry("consultations", List.of(Map.of("date", "2026-10-01", "channel", "WALK_IN", "topics",
					List.of("MONEY", "WORK"), "summary", "家賃の滞納が続いている")));
		assertThat(flow.<Map<String, Object>>ok("coordinator", CASE, Map.of("id", caseId), "case"))
			.containsEntry("personName", "経過 一郎")
			.extractingByKey("basis")
			.satisfies(basis -> assertThat(((Map<?, ?>) basis).get("kind")).isEqualTo("CONSENT"));
		assertThat(flow.error("houkatsu3", CASE, Map.of("id", caseId))).containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "id");

		Map<String, Object> read = flow.ok("coordinator", GraphQlDocuments.named("workflow/household-4"),
				Map.of("id", household), "household");
		assertThat(read).containsEntry("address", "福島県会津若松市（架空の所在地）");
		assertThat((List<?>) read.get("members")).singleElement()
			.satisfies(member -> assertThat(((Map<?, ?>) ((Map<?, ?>) member).get("cases")).get("cases")).asList()
				.containsExactlyInAnyOrder(Map.of("agency", Map.of("id", "ag-seikatsu")),
						Map.of("agency", Map.of("id", Workflow.COORDINATOR_AGENCY))));
		assertThat(flow.<Map<String, Object>>ok("houkatsu3", "query($id: ID!) { household(id: $id) { address } }",
				Map.of("id", household), "household"))
			.containsEntry("address", null);
	}

	@Test
	void theWindowListsItsOwnCasesAndSignalsPageByPage() {
		List<Object> seen = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 200; page++) {
			Map<String, Object> answer = flow.ok("seikatsu", GraphQlDocuments.named("workflow/my-cases"),
					after == null ? Map.of() : Map.of("after", after), "myCases");
			((List<?>) answer.get("cases")).forEach(item -> seen.add(((Map<?, ?>) item).get("id")));
			Map<?, ?> pageInfo = (Map<?, ?>) answer.get("pageInfo");
			if (!(Boolean) pageInfo.get("hasNextPage")) {
				break;
			}
			after = (String) pageInfo.get("endCursor");
		}
		assertThat(seen).contains(caseId).doesNotHaveDuplicates();
		assertThat(seen).hasSize((int) flow.count("""
				MATCH (:Agency {id: 'ag-seikatsu'})-[:HOLDS]->(c:Case {status: 'OPEN'}) RETURN count(c)""", Map.of()));

		String signal = flow.ok("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-signal-4"), Map.of(),
				"recordSignal.signalId");
		flow.createdOutreachRecord(signal);
		assertThat(flow.<List<Map<String, Object>>>ok("csw", "OUTREACH",
				"{ receivedSignals(first: 100) { signals { id address source area { id } } } }", Map.of(),
				"receivedSignals.signals"))
			.contains(
					Map.of("id", signal, "address", "経過町の角の家", "source", "LIFELINE", "area", Map.of("id", "area-w2")));
		assertThat(flow.<List<Object>>ok("seikatsu", "{ receivedSignals { signals { id } } }", Map.of(),
				"receivedSignals.signals"))
			.as("another agency's signals")
			.doesNotContain(Map.of("id", signal));
	}

	static final String CLOSE = GraphQlDocuments.named("workflow/close");

	static final String REOPEN = GraphQlDocuments.named("workflow/reopen");

	@Test
	void anyWindowRefersToAnyOtherAndTheDashboardCountsTheRoute() {
		Map<String, Object> referral = flow.ok("seikatsu", GraphQlDocuments.named("workflow/refer-3"),
				Map.of("input",
						Map.of("caseId", caseId, "toAgencyId", "ag-shouhi", "reason", "多重債務の相談", "date", "2026-10-10")),
				"refer");
		assertThat(referral).containsEntry("direction", "BETWEEN_AGENCIES")
			.containsEntry("fromCase", Map.of("id", caseId, "status", "OPEN"))
			.containsEntry("toCase", Map.of("agency", Map.of("id", "ag-shouhi"), "status", "OPEN"));
		assertThat(flow.<List<Map<String, Object>>>ok("dashboard", null,
				"{ dashboard(fiscalYear: 2026) { cells(metric: REFERRAL_ROUTES) { areaId key month suppressed } } }",
				Map.of(), "dashboard.cells"))
			.contains(Map.of("areaId", "area-w2", "key", "POVERTY→CONSUMER", "month", "2026-10", "suppressed", true));
		assertThat(flow.error("seikatsu", GraphQlDocuments.named("workflow/refer-4"),
				Map.of("input",
						Map.of("caseId", caseId, "toAgencyId", "ag-seikatsu", "reason", "x", "date", "2026-10-10"))))
			.containsEntry("argument", "input.toAgencyId")
			.containsEntry("rule", "another-agency");
	}

	@Test
	void aWindowClosesAndReopensItsCaseAndTheTimelineKeepsEachStep() {
		assertThat(flow.error("seikatsu", CLOSE,
				Map.of("input", Map.of("caseId", caseId, "date", "2026-09-01", "reason", "目標達成"))))
			.containsEntry("argument", "input.date")
			.containsEntry("rule", "not-before-case-opened");
		assertThat(flow.error("houkatsu3", CLOSE,
				Map.of("input", Map.of("caseId", caseId, "date", today(), "reason", "目標達成"))))
			.containsEntry("code", "NO_BASIS");
		assertThat(flow.error("seikatsu", REOPEN,
				Map.of("input", Map.of("caseId", caseId, "date", today(), "reason", "再相談"))))
			.containsEntry("rule", "case-closed");
		assertThat(flow.count("MATCH (c:Case {id: $id})-[:CHANGED]->(x) RETURN count(x)", Map.of("id", caseId)))
			.as("refused changes write nothing")
			.isZero();

		assertThat(flow.<Map<String, Object>>ok("seikatsu", CLOSE,
				Map.of("input", Map.of("caseId", caseId, "date", "2026-11-01", "reason", "家計が安定した")), "closeCase.case"))
			.containsEntry("status", "CLOSED")
			.containsEntry("closed", "2026-11-01");
		assertThat(flow.error("seikatsu", CLOSE,
				Map.of("input", Map.of("caseId", caseId, "date", today(), "reason", "x"))))
			.containsEntry("rule", "case-open");
		assertThat(flow.<Map<String, Object>>ok("seikatsu", REOPEN,
				Map.of("input", Map.of("caseId", caseId, "date", today(), "reason", "再び家賃を滞納")), "reopenCase.case"))
			.containsEntry("status", "OPEN")
			.containsEntry("closed", null);
		assertThat(entries(timeline("seikatsu", 100, null, List.of("CASE"))))
			.filteredOn(entry -> ((String) entry.get("reference")).startsWith(caseId))
			.extracting(entry -> entry.get("status") + " " + entry.get("date") + " " + entry.get("summary"))
			.containsExactly("OPENED 2026-10-01 ケース開始（生活困窮）", "CLOSED 2026-11-01 ケース終結 — 家計が安定した",
					"REOPENED " + today() + " ケース再開 — 再び家賃を滞納");
	}

	static final String REGISTER = GraphQlDocuments.named("workflow/register");

	@Test
	void aWindowFindsThePersonBeforeRegisteringThemAgain() {
		Map<String, Object> again = Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "consultee",
				Map.of("name", "経過　一郎", "birthYear", 1980, "relation", "HEAD"));
		Map<String, Object> input = Map.of("date", today(), "fields", List.of("CARE"), "topics", List.of("FAMILY"),
				"channel", "PHONE");
		Map<String, Object> outsider = flow.ok("houkatsu3", REGISTER,
				Map.of("input", with(input, "newHousehold", again)), "recordConsultation");
		assertThat(outsider).containsEntry("householdId", null).containsEntry("case", null);
		assertThat(candidates(outsider)).singleElement()
			.satisfies(candidate -> assertThat(candidate).containsEntry("argument", "input.newHousehold.consultee")
				.containsEntry("personId", person)
				.containsEntry("householdId", household)
				.containsEntry("ageBand", "40-49")
				.containsEntry("matchedOn", List.of("NAME", "BIRTH_YEAR", "ADDRESS"))
				.as("no basis for the name")
				.containsEntry("name", null));
		assertThat(flow.count("MATCH (p:Person) WHERE p.name IN ['経過 一郎', '経過　一郎'] RETURN count(p)", Map.of()))
			.as("nothing written")
			.isOne();

		Map<String, Object> coordinator = flow.ok("coordinator", REGISTER,
				Map.of("input", with(input, "newHousehold", again)), "recordConsultation");
		assertThat(candidates(coordinator)).singleElement()
			.satisfies(candidate -> assertThat(candidate).containsEntry("name", "経過 一郎")
				.as("the coordinator holds a case about him, by the referral")
				.containsEntry("basis", Map.of("kind", "OWN_AGENCY")));

		// The window chooses the existing person, identified as told; or confirms a new
		// registration.
		assertThat(flow.<Map<String, Object>>ok("houkatsu3", REGISTER,
				Map.of("input",
						with(with(input, "personId", person), "asTold", Map.of("name", "経過　一郎", "birthYear", 1980))),
				"recordConsultation"))
			.containsEntry("candidates", List.of());
		Map<String, Object> confirmed = flow.ok("houkatsu3", REGISTER,
				Map.of("input", with(input, "newHousehold", with(again, "confirmNew", true))), "recordConsultation");
		flow.created((String) confirmed.get("householdId"));
		assertThat(confirmed.get("householdId")).isNotNull().isNotEqualTo(household);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> candidates(Map<String, Object> answer) {
		return (List<Map<String, Object>>) answer.get("candidates");
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new java.util.HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	private Map<String, Object> timeline(String user, int first, String after, List<String> kinds) {
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", household, "first", first));
		variables.put("after", after);
		variables.put("kinds", kinds);
		return flow.ok(user, "CASE_WORK", TIMELINE, variables, "household.timeline");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entries(Map<String, Object> timeline) {
		return (List<Map<String, Object>>) timeline.get("entries");
	}

	private String memberNamed(String name) {
		return (String) flow
			.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("name", name, "id", household))
			.get(0)
			.get("id");
	}

	private String meetingOf(String plan) {
		return (String) flow
			.cypher("MATCH (m:Meeting)-[:DISCUSSED {planId: $plan}]->() RETURN m.id AS id", Map.of("plan", plan))
			.get(0)
			.get("id");
	}

	/** The service's "today" in the tests (application-test.yml). */
	private static String today() {
		return "2026-11-23";
	}

}
