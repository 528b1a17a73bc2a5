package jp.jusou.graph.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six places where the access model once said what the law does not, each played
 * through the API as the users would: a write that opens a household, a 支援会議 that opens
 * everything forever, a 重層的支援会議 vetoed by one member, a category taken from the agency
 * instead of the record, a page that lists what household(id) withholds. (The sixth, the
 * demo breaking its own rules: DemoCityRulesTests.) Today is 2026-11-23 in tests.
 */
@GraphApiTest
class AccessLawTests extends WorkflowTest {

	static final String CONSULT = GraphQlDocuments.named("workflow/consult");

	static final String HOUSEHOLD = GraphQlDocuments.named("workflow/household");

	static final String CONSENT = GraphQlDocuments.named("workflow/consent");

	static final String MEETING = GraphQlDocuments.named("workflow/meeting");

	/**
	 * Point 1: a visit shows the visitor its visit and the home, never the names; a case
	 * needs the person.
	 */
	@Test
	void aWriteOpensNoHouseholdAndACaseOnAKnownPersonNeedsThePersonInFrontOfTheWindow() {
		List<String> members = register("seikatsu", "2026-10-01", List.of("POVERTY"), person("法則 一", 1950, "HEAD"),
				person("法則　二", 1980, "CHILD"));
		String household = householdOf(members.get(0));
		for (String outcome : List.of("NOT_MET", "LETTER_LEFT", "REFUSED", "MET")) {
			flow.ok("csw", "OUTREACH", "mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visitId } }",
					Map.of("input", Map.of("householdId", household, "date", "2026-11-10", "outcome", outcome)),
					"recordVisit.visitId");
		}
		Map<String, Object> seen = flow.ok("csw", "OUTREACH", HOUSEHOLD, Map.of("id", household), "household");
		assertThat(seen).containsEntry("visible", false).containsEntry("members", List.of());
		assertThat(seen.get("location")).as("a visit is no way to give yourself the address").isNull();
		assertThat(seen.get("withheldMembers")).isEqualTo(Map.of("count", 2));
		assertThat(links(seen)).extracting(link -> link.get("kind")).containsOnly("VISIT");

		Map<String, Object> consultation = new HashMap<>(Map.of("personId", members.get(1), "date", "2026-11-20",
				"fields", List.of("CARE"), "topics", List.of("CARE_SERVICES"), "channel", "WALK_IN"));
		assertThat(flow.error("houkatsu1", CONSULT, Map.of("input", consultation)))
			.containsEntry("argument", "input.asTold")
			.containsEntry("rule", "required-without-basis");
		consultation.put("asTold", Map.of("name", "法則 三", "birthYear", 1980));
		assertThat(flow.error("houkatsu1", CONSULT, Map.of("input", consultation)))
			.containsEntry("argument", "input.asTold")
			.containsEntry("rule", "identification-mismatch");
		assertThat(flow.count("""
				MATCH (e:AuditEvent {operation: 'Mutation.recordConsultation', outcome: 'WITHHELD'})
				WHERE $person IN e.withheldPersonIds RETURN count(e)""", Map.of("person", members.get(1))))
			.as("the refused attempt is audited")
			.isOne();
		assertThat(flow.count("MATCH (c:Case)-[:ABOUT]->(:Person {id: $id}) RETURN count(c)",
				Map.of("id", members.get(1))))
			.as("nothing written")
			.isZero();

		consultation.put("asTold", Map.of("name", "ホウソク　ニ", "nameKana", "ほうそく に", "birthYear", 1980));
		flow.cypher("MATCH (p:Person {id: $id}) SET p.nameKana = 'ホウソク ニ'", Map.of("id", members.get(1)));
		assertThat(
				flow.<Map<String, Object>>ok("houkatsu1", CONSULT, Map.of("input", consultation), "recordConsultation"))
			.as("kana given in hiragana and full-width spaces match")
			.containsEntry("openedCase", true);
		assertThat(names(flow.ok("houkatsu1", HOUSEHOLD, Map.of("id", household), "household")))
			.containsExactly("法則　二");
		List<Map<String, Object>> granted = flow.ok("privacy", null,
				"{ selfGrantedBases(from: \"2026-11-01\", to: \"2026-11-23\") { kind personId priorBasis agency { id } } }",
				Map.of(), "selfGrantedBases");
		Map<String, Object> expected = new HashMap<>(
				Map.of("kind", "CASE", "personId", members.get(1), "agency", Map.of("id", "ag-houkatsu-1")));
		expected.put("priorBasis", null);
		assertThat(granted).as("a first basis, listed for the privacy officer").contains(expected);
	}

	/**
	 * A window with a person in front of it finds that person's id from what they tell —
	 * only when exactly one person matches — kept for the privacy officer; a mismatch
	 * says nothing, is audited, and enough of them brake the staff member.
	 */
	@Test
	void aWindowIdentifiesThePersonInFrontOfItAndNothingMore() {
		List<String> members = register("seikatsu", "2026-10-01", List.of("POVERTY"), person("窓口 確認", 1970, "HEAD"));
		String identify = GraphQlDocuments.named("workflow/identify-person");
		assertThat(flow.<Map<String, Object>>ok("houkatsu1", identify,
				Map.of("input", Map.of("nameKana", "まどぐち かくにん", "name", "窓口　確認", "birthYear", 1970)), "identifyPerson"))
			.isEqualTo(Map.of("personId", members.get(0), "householdId", householdOf(members.get(0))));
		List<Map<String, Object>> listed = flow.ok("privacy", null,
				"{ selfGrantedBases(from: \"2026-11-23\", to: \"2026-11-23\") { kind personId agency { id } } }",
				Map.of(), "selfGrantedBases");
		assertThat(listed).contains(
				Map.of("kind", "IDENTIFICATION", "personId", members.get(0), "agency", Map.of("id", "ag-houkatsu-1")));
		long before = flow.count("""
				MATCH (e:AuditEvent {operation: 'Mutation.identifyPerson', outcome: 'WITHHELD'}) RETURN count(e)""",
				Map.of());
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(flow.error("houkatsu1", identify,
					Map.of("input", Map.of("name", "窓口 確認", "birthYear", 1971 + attempt))))
				.containsEntry("rule", "identification-mismatch")
				.doesNotContainKey("personId");
		}
		assertThat(flow.count("""
				MATCH (e:AuditEvent {operation: 'Mutation.identifyPerson', outcome: 'WITHHELD'}) RETURN count(e)""",
				Map.of()))
			.as("each mismatch audited")
			.isEqualTo(before + 5);
		assertThat(flow.error("houkatsu1", identify, Map.of("input", Map.of("name", "窓口 確認", "birthYear", 1970))))
			.as("braked against enumeration, even for a right answer")
			.containsEntry("rule", "too-many-attempts");
	}

	/**
	 * Meetings as municipalities hold them: a 支援会議 takes up a household an attendee
	 * brings, or one it states a reason for (listed for the privacy officer); one meeting
	 * may carry several kinds, each giving its basis under its own law (a 地域ケア会議 or
	 * 自立支援協議会 needs its body, bringing its case); and the municipality chooses who
	 * convenes.
	 */
	@Test
	void meetingsAreHeldAsTheLawAllowsAndCombineWithEachKindUnderItsOwnLaw() {
		String household = householdOf(
				register("houkatsu3", "2026-10-01", List.of("CARE"), person("会議体 一", 1940, "HEAD")).get(0));
		Map<String, Object> unbrought = Map.of("kind", "SUPPORT_MEETING", "date", "2026-11-05", "attendingAgencyIds",
				List.of("ag-kodomo"), "households",
				List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")));
		assertThat(flow.error("coordinator", MEETING, Map.of("input", unbrought)))
			.containsEntry("argument", "input.households[0].broughtFor")
			.containsEntry("rule", "brought-by-attendee");
		assertThat(flow.count("MATCH (m:Meeting)-[:DISCUSSED]->(:Household {id: $id}) RETURN count(m)",
				Map.of("id", household)))
			.as("nothing written")
			.isZero();
		String byReason = (String) flow
			.<Map<String, Object>>ok("coordinator", MEETING,
					Map.of("input",
							Map.of("kind", "SUPPORT_MEETING", "date", "2026-11-05", "attendingAgencyIds",
									List.of("ag-kodomo"), "households", List.of(Map.of("householdId", household,
											"decision", "SHARE_INFORMATION", "broughtFor", "民生委員から、最近姿を見かけないとの相談")))),
					"recordMeeting")
			.get("meetingId");
		List<Map<String, Object>> listed = flow.ok("privacy", null,
				"{ selfGrantedBases(from: \"2026-11-05\", to: \"2026-11-05\") { kind reference householdId reason } }",
				Map.of(), "selfGrantedBases");
		assertThat(listed).contains(Map.of("kind", "MEETING_BY_REASON", "reference", byReason, "householdId", household,
				"reason", "民生委員から、最近姿を見かけないとの相談"));

		String combined = GraphQlDocuments.named("workflow/record-meeting");
		Map<String, Object> careMeeting = Map.of("kind", "MULTI_LAYER_MEETING", "alsoHeldAs",
				List.of("COMMUNITY_CARE_MEETING"), "date", "2026-11-06", "attendingAgencyIds",
				List.of("ag-houkatsu-3", "ag-outreach"), "households",
				List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")));
		assertThat(flow.<Map<String, Object>>ok("coordinator", combined, Map.of("input", careMeeting), "recordMeeting"))
			.as("a 重層的支援会議 held as a 地域ケア会議 with its CARE body bringing its case")
			.containsEntry("kinds", List.of("MULTI_LAYER_MEETING", "COMMUNITY_CARE_MEETING"))
			.containsEntry("confidential", true);
		assertThat(names(flow.ok("csw", HOUSEHOLD, Map.of("id", household), "household"))).containsExactly("会議体 一");
		Map<String, Object> noCareBody = new HashMap<>(careMeeting);
		noCareBody.put("attendingAgencyIds", List.of("ag-kodomo"));
		assertThat(flow.error("coordinator", combined, Map.of("input", noCareBody)))
			.as("a 地域ケア会議 without a CARE agency at it")
			.containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "input.alsoHeldAs[0]");
		Map<String, Object> alone = new HashMap<>(careMeeting);
		alone.put("alsoHeldAs", List.of("INFORMATION_SHARING_MEETING"));
		assertThat(flow.error("coordinator", combined, Map.of("input", alone))).containsEntry("rule",
				"combinable-kinds");

		// 自立支援協議会 (障害者総合支援法 第89条の3): bound to secrecy, its DISABILITY body bringing its
		// case
		flow.cypher("""
				MATCH (a:Agency {id: 'ag-shougai-1'}), (p:Person)-[:MEMBER_OF]->(:Household {id: $id})
				CREATE (a)-[:HOLDS]->(:Case {id: 'case-council-' + $id, field: 'DISABILITY', fields: ['DISABILITY'],
				        opened: date('2026-10-20'), status: 'OPEN'})-[:ABOUT]->(p)""", Map.of("id", household));
		Map<String, Object> council = Map.of("kind", "MULTI_LAYER_MEETING", "alsoHeldAs", List.of("DISABILITY_COUNCIL"),
				"date", "2026-11-07", "attendingAgencyIds", List.of("ag-shougai-1", "ag-kodomo"), "households",
				List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")));
		assertThat(flow.<Map<String, Object>>ok("coordinator", combined, Map.of("input", council), "recordMeeting"))
			.containsEntry("confidential", true);

		// who convenes a 支援会議 is the municipality's choice
		flow.cypher("MATCH (s:Staff {id: 'st-kodomo'}) SET s.roles = ['AGENCY_STAFF', 'COORDINATOR']", Map.of());
		try {
			Map<String, Object> byKodomo = Map.of("kind", "SUPPORT_MEETING", "date", "2026-11-08", "attendingAgencyIds",
					List.of("ag-houkatsu-3"), "households",
					List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")));
			assertThat(flow.error("kodomo", MEETING, Map.of("input", byKodomo))).containsEntry("code", "NO_BASIS")
				.containsEntry("argument", "input.kind");
			flow.ok("admin", null, GraphQlDocuments.named("workflow/save-agency"),
					Map.of("input", agencyWithConvening("ag-kodomo", true)), "saveAgency");
			assertThat(flow.<String>ok("kodomo", MEETING, Map.of("input", byKodomo), "recordMeeting.meetingId"))
				.isNotNull();
		}
		finally {
			flow.cypher("""
					MATCH (s:Staff {id: 'st-kodomo'}) SET s.roles = ['AGENCY_STAFF']
					WITH 1 AS one MATCH (a:Agency {id: 'ag-kodomo'}) REMOVE a.convenesSupportMeetings""", Map.of());
		}
	}

	/** The agency as saveAgency takes it, as it is, convening or not. */
	private Map<String, Object> agencyWithConvening(String agencyId, boolean convenes) {
		Map<String, Object> row = flow.cypher("""
				MATCH (a:Agency {id: $id})
				RETURN a.name AS name, a.nameKana AS nameKana, a.kind AS kind, a.field AS field,
				       a.components AS components, a.operation AS operation, a.address AS address, a.phone AS phone""",
				Map.of("id", agencyId))
			.get(0);
		Map<String, Object> input = new HashMap<>(row);
		input.put("id", agencyId);
		input.put("convenesSupportMeetings", convenes);
		return input;
	}

	/**
	 * A 支援会議's date bounds every read, item by item: the case shown through it carries
	 * the consultations recorded up to the meeting, not those after (nor a field only
	 * they brought), and a member who joined the household after the meeting is not
	 * named.
	 */
	@Test
	void aSupportMeetingsDateBoundsTheItemsInsideARecordAndWhoIsAMember() {
		List<String> members = register("seikatsu", "2026-10-01", List.of("POVERTY"), person("日付 一", 1961, "HEAD"));
		String household = householdOf(members.get(0));
		supportMeeting(household, "2026-11-05");
		flow.ok("seikatsu", CONSULT,
				Map.of("input", Map.of("personId", members.get(0), "date", "2026-11-10", "fields",
						List.of("DISABILITY"), "topics", List.of("DISABILITY_SERVICES"), "channel", "PHONE")),
				"recordConsultation");
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/add-household-member"),
				Map.of("input",
						Map.of("householdId", household, "member",
								Map.of("name", "日付 後子", "birthYear", 1990, "relation", "CHILD"), "date", "2026-11-12")),
				"addHouseholdMember.change");
		String caseId = caseOf("ag-seikatsu", members.get(0));
		String read = GraphQlDocuments.named("workflow/case-2");
		Map<String, Object> own = flow.ok("seikatsu", read, Map.of("id", caseId), "case");
		assertThat((List<?>) own.get("consultations")).hasSize(2);
		Map<String, Object> shared = flow.ok("kodomo", read, Map.of("id", caseId), "case");
		assertThat(shared).containsEntry("basis", Map.of("kind", "SUPPORT_MEETING"))
			.containsEntry("consultations", List.of(Map.of("date", "2026-10-01")))
			.containsEntry("categories", List.of("POVERTY"))
			.containsEntry("withheld", Map.of("count", 1));
		assertThat(names(flow.ok("kodomo", HOUSEHOLD, Map.of("id", household), "household")))
			.as("the member who joined after the meeting")
			.containsExactly("日付 一");
	}

	/**
	 * A visit or a signal by an agency with no basis opens nothing; the lawful way to the
	 * door is an outreach assignment by the 多機関協働 body: the address and location, for
	 * OUTREACH only, until it ends, audited and listed for the privacy officer.
	 */
	@Test
	void anOutreachAssignmentOpensTheHomeForOutreachAndNothingElseDoes() {
		List<String> members = register("seikatsu", "2026-10-01", List.of("POVERTY"), person("割当 一", 1948, "HEAD"));
		String household = householdOf(members.get(0));
		flow.ok("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-signal"),
				Map.of("input",
						Map.of("householdId", household, "source", "WELFARE_COMMISSIONER", "date", "2026-11-01")),
				"recordSignal.signalId");
		flow.ok("csw", "OUTREACH", "mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visitId } }",
				Map.of("input", Map.of("householdId", household, "date", "2026-11-10", "outcome", "NOT_MET")),
				"recordVisit.visitId");
		assertThat(flow.<Map<String, Object>>ok("csw", "OUTREACH", HOUSEHOLD, Map.of("id", household), "household"))
			.as("own signal and own visit open nothing")
			.containsEntry("location", null);
		String assign = GraphQlDocuments.named("workflow/assign-outreach");
		Map<String, Object> input = Map.of("householdId", household, "agencyId", "ag-outreach", "reason",
				"民生委員から、一人暮らしで姿を見かけないと相談があった");
		assertThat(flow.error("houkatsu3", assign, Map.of("input", input))).containsEntry("code", "ROLE_NOT_ALLOWED");
		Map<String, Object> assignment = flow.ok("coordinator", "OUTREACH", assign, Map.of("input", input),
				"assignOutreach");
		assertThat(assignment).containsEntry("validFrom", "2026-11-23").containsEntry("validTo", "2027-02-21");

		Map<String, Object> reached = flow.ok("csw", "OUTREACH", HOUSEHOLD, Map.of("id", household), "household");
		assertThat(reached.get("location")).as("the assigned agency may go to the door").isNotNull();
		assertThat(reached).as("and still knows nobody by name")
			.containsEntry("visible", false)
			.containsEntry("members", List.of());
		assertThat(flow.<Map<String, Object>>ok("csw", "CASE_WORK", HOUSEHOLD, Map.of("id", household), "household"))
			.as("for OUTREACH only")
			.containsEntry("location", null);
		assertThat(flow.<List<Map<String, Object>>>ok("csw", "OUTREACH",
				"{ outreachAssignments { id householdId agencyId ended } }", Map.of(), "outreachAssignments"))
			.as("the CSW's list of doors to go to")
			.contains(Map.of("id", assignment.get("id"), "householdId", household, "agencyId", "ag-outreach", "ended",
					false));
		assertThat(flow.<List<Object>>ok("csw", "OUTREACH", GraphQlDocuments.named("workflow/resources-near"),
				Map.of("id", household), "resourcesNear"))
			.as("the home as a search centre")
			.isNotNull();
		assertThat(flow.count("""
				MATCH (e:AuditEvent {operation: 'Mutation.assignOutreach'})
				WHERE $household IN e.householdIds RETURN count(e)""", Map.of("household", household))).as("audited")
			.isOne();
		List<Map<String, Object>> granted = flow.ok("privacy", null,
				"{ selfGrantedBases(from: \"2026-11-23\", to: \"2026-11-23\") { kind reference householdId assignedTo { id } reason } }",
				Map.of(), "selfGrantedBases");
		assertThat(granted).as("listed for the privacy officer")
			.anySatisfy(row -> assertThat(row).containsEntry("kind", "OUTREACH_ASSIGNMENT")
				.containsEntry("reference", assignment.get("id"))
				.containsEntry("householdId", household)
				.containsEntry("assignedTo", Map.of("id", "ag-outreach")));
		String end = GraphQlDocuments.named("workflow/end-outreach-assignment");
		Map<String, Object> ending = Map.of("input", Map.of("assignmentId", assignment.get("id"), "reason", "面会できた"));
		assertThat(flow.error("csw", end, ending)).as("only the assigning agency ends it")
			.containsEntry("code", "ROLE_NOT_ALLOWED");
		assertThat(flow.<Boolean>ok("coordinator", "OUTREACH", end, ending, "endOutreachAssignment.ended")).isTrue();
		assertThat(flow.<Map<String, Object>>ok("csw", "OUTREACH", HOUSEHOLD, Map.of("id", household), "household"))
			.as("an ended assignment opens nothing")
			.containsEntry("location", null);
	}

	/**
	 * Point 2: a 支援会議 shares what existed on its date, for support purposes, for twelve
	 * months.
	 */
	@Test
	void aSupportMeetingSharesTheHouseholdAsOfItsDateForSupportForALimitedTime() {
		List<String> members = register("seikatsu", "2026-10-01", List.of("POVERTY"), person("会議 一", 1960, "HEAD"));
		String household = householdOf(members.get(0));
		supportMeeting(household, "2026-11-05");
		flow.createdOutreachRecord(flow.ok("csw", "OUTREACH",
				"mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visitId } }",
				Map.of("input", Map.of("householdId", household, "date", "2026-11-10", "outcome", "MET")),
				"recordVisit.visitId"));

		Map<String, Object> seen = flow.ok("kodomo", HOUSEHOLD, Map.of("id", household), "household");
		assertThat(names(seen)).containsExactly("会議 一");
		assertThat(links(seen)).as("the case opened before the meeting, and the meeting itself (its own attendance)")
			.extracting(link -> link.get("kind") + ":" + ((Map<?, ?>) link.get("basis")).get("kind"))
			.contains("CASE:SUPPORT_MEETING", "MEETING:OWN_AGENCY")
			.doesNotContain("VISIT:SUPPORT_MEETING");
		assertThat(withheldCount(seen)).as("the visit made after the meeting").isGreaterThanOrEqualTo(1);
		for (String purpose : List.of("CASE_WORK", "PLAN_DELIBERATION", "OUTREACH")) {
			assertThat(flow.<Map<String, Object>>ok("kodomo", purpose, HOUSEHOLD, Map.of("id", household), "household"))
				.containsEntry("visible", true);
		}
		assertThat(flow.<Map<String, Object>>ok("kodomo", "PARTICIPATION_MATCHING", HOUSEHOLD, Map.of("id", household),
				"household"))
			.as("not a support purpose of the meeting")
			.containsEntry("visible", false);

		List<String> older = register("seikatsu", "2025-09-01", List.of("POVERTY"), person("会議 二", 1961, "HEAD"));
		String oldHousehold = householdOf(older.get(0));
		supportMeeting(oldHousehold, "2025-11-01");
		assertThat(flow.<Map<String, Object>>ok("kodomo", HOUSEHOLD, Map.of("id", oldHousehold), "household"))
			.as("more than 12 months ago")
			.containsEntry("visible", false);
		supportMeeting(oldHousehold, "2026-11-20");
		assertThat(names(flow.ok("kodomo", HOUSEHOLD, Map.of("id", oldHousehold), "household")))
			.as("the next meeting shares again")
			.containsExactly("会議 二");
	}

	/**
	 * Point 3: a 重層的支援会議 discusses who consented; a refusing member is left out, not a
	 * veto.
	 */
	@Test
	void aMultiLayerMeetingDiscussesTheMembersWhoConsented() {
		List<String> members = register("seikatsu", "2026-10-01", List.of("POVERTY", "CARE"),
				person("重層 母", 1944, "HEAD"), person("重層 子", 1974, "CHILD"));
		String household = householdOf(members.get(0));
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/refer-to-coordination"),
				Map.of("input",
						Map.of("caseId", caseOf("ag-seikatsu", members.get(0)), "coordinatorAgencyId",
								Workflow.COORDINATOR_AGENCY, "reason", "複合的な課題", "date", "2026-10-20")),
				"referToCoordination.referralId");
		Map<String, Object> error = flow.error("coordinator", MEETING, Map.of("input", multiLayer(household, null)));
		assertThat(error).containsEntry("argument", "input.households[0].householdId")
			.containsEntry("rule", "consent-required");

		consent("coordinator", members.get(0), "PERMIT", List.of("CARE", "CHILD"), null);
		consent("coordinator", members.get(0), "DENY", List.of("HEALTH"), null);
		consent("coordinator", members.get(1), "DENY", List.of("CARE", "CHILD", "POVERTY", "HEALTH", "DISABILITY"),
				Map.of("name", "重層 子", "birthYear", 1974));
		assertThat(flow.error("coordinator", MEETING, Map.of("input", multiLayer(household, List.of(members.get(1))))))
			.containsEntry("argument", "input.households[0].personIds[0]")
			.containsEntry("rule", "consent-required");
		List<Map<String, Object>> discussed = flow.ok("coordinator", MEETING,
				Map.of("input", multiLayer(household, null)), "recordMeeting.households");
		assertThat(discussed).as("a DENY of HEALTH does not block a CARE+CHILD meeting; the son is left out")
			.containsExactly(Map.of("householdId", household, "decision", "SHARE_INFORMATION", "personIds",
					List.of(members.get(0))));
		Map<String, Object> seenBy3 = flow.ok("houkatsu3", HOUSEHOLD, Map.of("id", household), "household");
		assertThat(names(seenBy3)).as("the son was not discussed and stays withheld").containsExactly("重層 母");
	}

	/**
	 * Point 4: a case carries the fields of its consultations, and consents are matched
	 * against them.
	 */
	@Test
	void aCasesCategoryIsWhatItIsAboutNotTheAgencysField() {
		Map<String, Object> opened = consult("houkatsu1", "2026-11-01", List.of("DISABILITY"),
				person("分野 一", 1970, "HEAD"));
		assertThat(opened.get("case")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("categories", List.of("DISABILITY"));
		String household = (String) opened.get("householdId");
		String person = memberIds(household).get(0);
		consentTo("houkatsu1", person, "ag-kodomo", "PERMIT", List.of("CARE"));
		Map<String, Object> careOnly = flow.ok("kodomo", HOUSEHOLD, Map.of("id", household), "household");
		assertThat(names(careOnly)).as("identity through the CARE consent").containsExactly("分野 一");
		assertThat(links(careOnly)).as("a CARE consent does not disclose a disability case").isEmpty();
		assertThat(withheldCategories(careOnly)).contains("DISABILITY");
		consentTo("houkatsu1", person, "ag-kodomo", "PERMIT", List.of("DISABILITY"));
		assertThat(links(flow.ok("kodomo", HOUSEHOLD, Map.of("id", household), "household")))
			.extracting(link -> link.get("kind") + ":" + ((Map<?, ?>) link.get("basis")).get("kind"))
			.containsExactly("CASE:CONSENT");
	}

	/** Point 5: the households page honours a DENY exactly as household(id) does. */
	@Test
	void thePageListsExactlyWhatHouseholdByIdShows() {
		Map<String, Object> opened = consult("houkatsu1", "2026-11-01", List.of("CARE"), person("一覧 一", 1940, "HEAD"));
		String household = (String) opened.get("householdId");
		String person = memberIds(household).get(0);
		consentTo("houkatsu1", person, "ag-kodomo", "PERMIT", List.of("CARE"));
		assertThat(listedBy("kodomo")).contains(household);
		assertThat(flow.<Map<String, Object>>ok("kodomo", HOUSEHOLD, Map.of("id", household), "household"))
			.containsEntry("visible", true);
		consentTo("houkatsu1", person, "ag-kodomo", "DENY", List.of("CARE"));
		assertThat(listedBy("kodomo")).doesNotContain(household);
		assertThat(flow.<Map<String, Object>>ok("kodomo", HOUSEHOLD, Map.of("id", household), "household"))
			.containsEntry("visible", false);
	}

	// ── steps
	// ──────────────────────────────────────────────────────────────────────────────────────

	@SafeVarargs
	private Map<String, Object> consult(String user, String date, List<String> fields, Map<String, Object> consultee,
			Map<String, Object>... others) {
		Map<String, Object> result = flow.ok(user, CONSULT,
				Map.of("input",
						Map.of("newHousehold",
								Map.of("areaId", "area-w2", "address", "架空の所在地", "location",
										Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee", consultee,
										"others", List.of(others)),
								"date", date, "fields", fields, "topics", List.of("OTHER"), "channel", "WALK_IN")),
				"recordConsultation");
		flow.created((String) result.get("householdId"));
		return result;
	}

	@SafeVarargs
	private List<String> register(String user, String date, List<String> fields, Map<String, Object> consultee,
			Map<String, Object>... others) {
		String household = (String) consult(user, date, fields, consultee, others).get("householdId");
		List<String> ids = new ArrayList<>();
		ids.add((String) flow
			.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("name", consultee.get("name"), "id", household))
			.get(0)
			.get("id"));
		for (Map<String, Object> other : others) {
			ids.add((String) flow
				.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
						Map.of("name", other.get("name"), "id", household))
				.get(0)
				.get("id"));
		}
		return ids;
	}

	private List<String> memberIds(String household) {
		return flow
			.cypher("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id ORDER BY id",
					Map.of("id", household))
			.stream()
			.map(row -> (String) row.get("id"))
			.toList();
	}

	private String householdOf(String personId) {
		return (String) flow
			.cypher("MATCH (:Person {id: $id})-[:MEMBER_OF]->(h:Household) RETURN h.id AS id", Map.of("id", personId))
			.get(0)
			.get("id");
	}

	private String caseOf(String agencyId, String personId) {
		return (String) flow
			.cypher("MATCH (:Agency {id: $agency})-[:HOLDS]->(c:Case)-[:ABOUT]->(:Person {id: $id}) RETURN c.id AS id",
					Map.of("agency", agencyId, "id", personId))
			.get(0)
			.get("id");
	}

	private void supportMeeting(String household, String date) {
		flow.ok("coordinator", MEETING,
				Map.of("input", Map.of("kind", "SUPPORT_MEETING", "date", date, "attendingAgencyIds",
						List.of("ag-kodomo"), "households", List.of(Map.of("householdId", household, "decision",
								"SHARE_INFORMATION", "broughtFor", "民生委員から、子どもの様子が心配との相談")))),
				"recordMeeting.meetingId");
	}

	private static Map<String, Object> multiLayer(String household, List<String> personIds) {
		Map<String, Object> discussed = new HashMap<>(
				Map.of("householdId", household, "decision", "SHARE_INFORMATION"));
		if (personIds != null) {
			discussed.put("personIds", personIds);
		}
		return Map.of("kind", "MULTI_LAYER_MEETING", "date", "2026-11-05", "attendingAgencyIds",
				List.of("ag-houkatsu-3"), "households", List.of(discussed));
	}

	private void consent(String user, String person, String decision, List<String> categories,
			Map<String, Object> asTold) {
		Map<String, Object> input = new HashMap<>(
				Map.of("subjectId", person, "decision", decision, "meetingParticipants", true, "categories", categories,
						"purposes", List.of("CASE_WORK", "PLAN_DELIBERATION"), "validFrom", "2026-11-01", "validTo",
						"2027-10-31", "verification", "SIGNED"));
		if (asTold != null) {
			input.put("asTold", asTold);
		}
		flow.ok(user, CONSENT, Map.of("input", input), "recordConsent.consent.id");
	}

	private void consentTo(String user, String person, String agency, String decision, List<String> categories) {
		flow.ok(user, CONSENT,
				Map.of("input",
						Map.of("subjectId", person, "decision", decision, "granteeAgencyIds", List.of(agency),
								"categories", categories, "purposes", List.of("CASE_WORK"), "validFrom", "2026-11-01",
								"validTo", "2027-10-31", "verification", "SIGNED")),
				"recordConsent.consent.id");
	}

	@SuppressWarnings("unchecked")
	private List<String> listedBy(String user) {
		List<Map<String, Object>> edges = flow.ok(user, "{ households(first: 100) { edges { node { id } } } }",
				Map.of(), "households.edges");
		return edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
	}

	static Map<String, Object> person(String name, int birthYear, String relation) {
		return Map.of("name", name, "birthYear", birthYear, "relation", relation);
	}

	static List<String> names(Map<String, Object> household) {
		return CaseExamplesTests.names(household);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> links(Map<String, Object> household) {
		Map<String, Object> agencies = (Map<String, Object>) household.get("agencies");
		return ((List<Map<String, Object>>) agencies.get("agencies")).stream()
			.flatMap(entry -> ((List<Map<String, Object>>) entry.get("links")).stream())
			.toList();
	}

	@SuppressWarnings("unchecked")
	static int withheldCount(Map<String, Object> household) {
		Map<String, Object> withheld = (Map<String, Object>) ((Map<String, Object>) household.get("agencies"))
			.get("withheld");
		return withheld == null ? 0 : (Integer) withheld.get("count");
	}

	@SuppressWarnings("unchecked")
	static List<String> withheldCategories(Map<String, Object> household) {
		Map<String, Object> withheld = (Map<String, Object>) ((Map<String, Object>) household.get("agencies"))
			.get("withheld");
		return withheld == null ? List.of() : (List<String>) withheld.get("categories");
	}

}
