package jp.jusou.graph.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import jp.jusou.graph.audit.AuditCompletenessTests;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lawful half of audit completeness: every Query and Mutation field that reads or
 * writes person-level data (taken from the SDL, as {@link AuditCompletenessTests} takes
 * them for refused calls) is called once with valid input, in the order a household's
 * support runs — intake, consent, つなぎ, plan, meeting, outreach, participation,
 * revocation, disclosure — and each call must leave exactly one audit event under its own
 * operation name, with the outcome it had (SHOWN; PARTIAL where a member stayed withheld;
 * WITHHELD where only names were withheld), the bases it rested on and the purpose the
 * caller declared. A new person-level field fails this test until it is called here.
 */
@GraphApiTest
class LawfulCallsAuditTests extends WorkflowTest {

	@Autowired
	GraphQlSource graphQlSource;

	private static final String SHOWN = "SHOWN";

	private static final String PARTIAL = "PARTIAL";

	private static final String WITHHELD = "WITHHELD";

	private static final String OWN = "OWN_AGENCY";

	private final Map<String, List<Map<String, Object>>> audited = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	@Test
	void everyPersonalFieldAuditsItsLawfulCallOnceWithBasisAndPurpose() {
		Map<String, Object> intake = call("seikatsu", "CASE_WORK",
				GraphQlDocuments.named("workflow/record-consultation-3"),
				Map.of("input", Map.of("newHousehold",
						Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "location",
								Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee",
								Map.of("name", "監査 一郎", "nameKana", "カンサ イチロウ", "birthYear", 1983, "relation", "HEAD"),
								"others", List.of(Map.of("name", "監査 母", "birthYear", 1950, "relation", "MOTHER"))),
						"date", "2026-10-01", "fields", List.of("POVERTY", "CARE"), "topics",
						List.of("MONEY", "FAMILY"), "channel", "WALK_IN")),
				"recordConsultation", SHOWN, OWN);
		String household = (String) intake.get("householdId");
		flow.created(household);
		String caseId = (String) ((Map<?, ?>) intake.get("case")).get("id");
		String person = (String) flow
			.cypher("MATCH (p:Person {name: '監査 一郎'})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("id", household))
			.get(0)
			.get("id");

		call("seikatsu", "CASE_WORK", "query($id: ID!) { case(id: $id) { id consultations { date } } }",
				Map.of("id", caseId), "case", SHOWN, OWN);
		call("kodomo", "CASE_WORK", GraphQlDocuments.named("workflow/identify-person-2"),
				Map.of("input", Map.of("name", "監査 一郎", "birthYear", 1983)), "identifyPerson", SHOWN,
				"IDENTIFIED_AT_WINDOW");
		call("seikatsu", "CASE_WORK", "{ myCases(first: 100) { cases { id personName } } }", Map.of(), "myCases", SHOWN,
				OWN);
		call("seikatsu", "CASE_WORK", "query($id: ID!) { household(id: $id) { members { id name } } }",
				Map.of("id", household), "household", PARTIAL, OWN);
		call("seikatsu", "CASE_WORK", "{ households(first: 100) { edges { node { id } } } }", Map.of(), "households",
				PARTIAL, OWN);
		Map<String, Object> consent = call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/consent"),
				Map.of("input",
						Map.of("subjectId", person, "decision", "PERMIT", "granteeAgencyIds",
								List.of(Workflow.COORDINATOR_AGENCY, "ag-outreach"), "meetingParticipants", true,
								"categories", List.of("CARE", "POVERTY", "HEALTH", "OTHER"), "purposes",
								List.of("CASE_WORK", "PLAN_DELIBERATION", "PARTICIPATION_MATCHING", "OUTREACH"),
								"validFrom", "2026-10-01", "validTo", "2027-09-30", "verification", "SIGNED")),
				"recordConsent", SHOWN, OWN);
		Map<String, Object> added = call("seikatsu", "CASE_WORK",
				GraphQlDocuments.named("workflow/add-household-member"),
				Map.of("input",
						Map.of("householdId", household, "member",
								Map.of("name", "監査 弟", "birthYear", 1986, "relation", "OTHER"), "date", "2026-10-02")),
				"addHouseholdMember", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/record-member-leaving"),
				Map.of("input",
						Map.of("householdId", household, "personId", ((Map<?, ?>) added.get("change")).get("personId"),
								"reason", "MOVED_OUT", "date", "2026-10-03")),
				"recordMemberLeaving", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/update-member-contact"), Map.of("input",
				Map.of("householdId", household, "personId", person, "phone", "0242-00-0001", "date", "2026-10-03")),
				"updateMemberContact", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/move-household-2"),
				Map.of("input", Map.of("householdId", household, "address", "福島県会津若松市（架空の転居先）", "date", "2026-10-04")),
				"moveHousehold", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/reassess-household-patterns"),
				Map.of("input", Map.of("householdId", household, "patterns", List.of("EIGHTY_FIFTY"), "date",
						"2026-10-04", "note", "母の介護と本人の無職")),
				"reassessHouseholdPatterns", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/record-assessment"),
				Map.of("input",
						Map.of("householdId", household, "date", "2026-10-04", "findings",
								List.of(Map.of("field", "POVERTY", "finding", "収入がない")))),
				"recordAssessment", SHOWN, OWN);
		String consentId = (String) ((Map<?, ?>) consent.get("consent")).get("id");
		Map<String, Object> referral = call("seikatsu", "CASE_WORK",
				GraphQlDocuments.named("workflow/refer-to-coordination-2"),
				Map.of("input", Map.of("caseId", caseId, "coordinatorAgencyId", Workflow.COORDINATOR_AGENCY, "reason",
						"複数分野にまたがる課題", "date", "2026-10-20")),
				"referToCoordination", SHOWN, OWN);
		String coordinatorCase = (String) ((Map<?, ?>) referral.get("toCase")).get("id");
		String referralId = flow
			.<List<Map<String, Object>>>ok("coordinator", "CASE_WORK",
					"{ referrals(side: RECEIVED, state: PENDING) { id toCaseId } }", Map.of(), "referrals")
			.stream()
			.filter(received -> coordinatorCase.equals(received.get("toCaseId")))
			.map(received -> (String) received.get("id"))
			.findFirst()
			.orElseThrow();
		call("coordinator", "CASE_WORK", "{ referrals(side: RECEIVED) { id } }", Map.of(), "referrals", SHOWN, OWN);
		call("coordinator", "CASE_WORK",
				"mutation($input: AnswerReferralInput!) { answerReferral(input: $input) { referral { state } } }",
				Map.of("input", Map.of("referralId", referralId, "answer", "ACCEPT", "date", "2026-10-21")),
				"answerReferral", SHOWN, OWN);

		Map<String, Object> plan = call("coordinator", "PLAN_DELIBERATION",
				GraphQlDocuments.named("workflow/create-plan-2"),
				Map.of("input", Map.of("householdId", household, "goals", List.of("世帯の生活の安定"), "needs",
						List.of("MONEY_MANAGEMENT"), "monitoringDate", "2027-02-01", "roles", List.of(Map.of("agencyId",
								"ag-seikatsu", "personId", person, "field", "POVERTY", "role", "家計改善支援")))),
				"createPlan", SHOWN, OWN);
		String planId = (String) ((Map<?, ?>) plan.get("plan")).get("id");
		call("coordinator", "PLAN_DELIBERATION", GraphQlDocuments.named("workflow/revise-plan-2"),
				Map.of("input", Map.of("planId", planId, "goals", List.of("世帯の生活の安定", "母の介護負担の軽減"))), "revisePlan",
				SHOWN, OWN);
		String meetingId = (String) call("coordinator", "PLAN_DELIBERATION",
				GraphQlDocuments.named("workflow/record-meeting-2"),
				Map.of("input",
						Map.of("kind", "MULTI_LAYER_MEETING", "date", "2026-10-25", "attendingAgencyIds",
								List.of("ag-seikatsu"), "households", List.of(Map.of("householdId", household,
										"decision", "APPROVE_PLAN", "planId", planId)))),
				"recordMeeting", SHOWN, OWN)
			.get("meetingId");
		call("coordinator", "PLAN_DELIBERATION", "query($id: ID!) { plan(id: $id) { id history { status } } }",
				Map.of("id", planId), "plan", SHOWN, OWN);
		call("seikatsu", "PLAN_DELIBERATION", "query($id: ID!) { meeting(id: $id) { id households { decision } } }",
				Map.of("id", meetingId), "meeting", SHOWN, OWN);
		call("coordinator", "PLAN_DELIBERATION", "{ plansDueForReview { planId householdId } }", Map.of(),
				"plansDueForReview", SHOWN, OWN);
		call("coordinator", "CASE_WORK", GraphQlDocuments.named("workflow/return-to-agency"), Map.of("input", Map
			.of("caseId", coordinatorCase, "agencyId", "ag-seikatsu", "reason", "支援方針が定まった", "date", "2026-11-10")),
				"returnToAgency", SHOWN, OWN);

		flow.createdOutreachRecord((String) call("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-signal"),
				Map.of("input", Map.of("householdId", household, "source", "NEIGHBOUR", "date", "2026-11-20")),
				"recordSignal", SHOWN, OWN)
			.get("signalId"));
		call("csw", "OUTREACH", "{ receivedSignals(first: 100) { signals { id } } }", Map.of(), "receivedSignals",
				SHOWN, OWN);
		call("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-visit"),
				Map.of("input", Map.of("householdId", household, "date", "2026-11-21", "outcome", "NOT_MET")),
				"recordVisit", SHOWN, OWN);
		String assignment = (String) call("coordinator", "OUTREACH",
				GraphQlDocuments.named("workflow/assign-outreach-3"),
				Map.of("input", Map.of("householdId", household, "agencyId", "ag-outreach", "reason", "訪問しても会えない")),
				"assignOutreach", SHOWN, OWN)
			.get("id");
		call("csw", "OUTREACH", "{ outreachAssignments { id householdId } }", Map.of(), "outreachAssignments", SHOWN,
				OWN);
		call("coordinator", "OUTREACH", GraphQlDocuments.named("workflow/end-outreach-assignment-2"),
				Map.of("input", Map.of("assignmentId", assignment, "reason", "面会できた")), "endOutreachAssignment", SHOWN,
				OWN);
		call("csw", "OUTREACH", "{ unreachedHouseholds(areaId: \"area-w2\") { householdId address } }", Map.of(),
				"unreachedHouseholds", SHOWN, OWN);
		call("csw", "OUTREACH", "{ householdsWithoutRecentContact(days: 1) { householdId lastContact } }", Map.of(),
				"householdsWithoutRecentContact", SHOWN, OWN);
		call("csw", "OUTREACH", GraphQlDocuments.named("workflow/isolated-residents-near"), Map.of(),
				"isolatedResidentsNear", WITHHELD);
		call("csw", "OUTREACH", GraphQlDocuments.named("workflow/resources-near"), Map.of("id", household),
				"resourcesNear", SHOWN, "CONSENT:" + consentId);

		call("csw", "PARTICIPATION_MATCHING", GraphQlDocuments.named("workflow/suggest-participation"),
				Map.of("id", person), "suggestParticipation", SHOWN, "CONSENT:" + consentId);
		Map<String, Object> match = call("csw", "PARTICIPATION_MATCHING",
				GraphQlDocuments.named("workflow/match-participation"),
				Map.of("input", Map.of("personId", person, "activityId", "act-hub-cafe", "startDate", "2026-11-02")),
				"matchParticipation", SHOWN, "CONSENT:" + consentId);
		call("csw", "PARTICIPATION_MATCHING", GraphQlDocuments.named("workflow/record-follow-up"),
				Map.of("input", Map.of("matchId", ((Map<?, ?>) match.get("match")).get("id"), "party", "PERSON", "date",
						"2026-11-09", "outcome", "CONTINUING")),
				"recordFollowUp", SHOWN, OWN);
		call("csw", "PARTICIPATION_MATCHING", "{ lapsedMatches(days: 1) { id } }", Map.of(), "lapsedMatches", SHOWN,
				OWN);
		call("csw", "PARTICIPATION_MATCHING", "query($id: ID!) { participationMatches(personId: $id) { id } }",
				Map.of("id", person), "participationMatches", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", "query($id: ID!) { consents(personId: $id) { consent { id } } }",
				Map.of("id", person), "consents", SHOWN, OWN);
		call("csw", "OUTREACH", "{ visitsDue(withinDays: 90) { householdId } }", Map.of(), "visitsDue", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", "{ supportMap(areaId: \"area-w2\") { households } }", Map.of(), "supportMap",
				PARTIAL, OWN);
		call("coordinator", "CASE_WORK",
				"mutation($input: RegisterEvacuationNeedInput!) { registerEvacuationNeed(input: $input) { personId } }",
				Map.of("input", Map.of("personId", person, "sharingConsent", "GIVEN", "needs", "声かけが必要")),
				"registerEvacuationNeed", SHOWN, OWN);
		call("csw", "OUTREACH", "{ evacuationRoster { entries { name } } }", Map.of(), "evacuationRoster", PARTIAL,
				"EVACUATION_ROSTER");
		Object tie = call("seikatsu", "CASE_WORK",
				"mutation($input: RecordTieInput!) { recordTie(input: $input) { id } }",
				Map.of("input",
						Map.of("personId", person, "kind", "WATCHING", "watcherRole", "NEIGHBOUR", "watcherName",
								"見守 隣人", "frequency", "WEEKLY", "since", "2026-09-01")),
				"recordTie", SHOWN, OWN)
			.get("id");
		call("seikatsu", "CASE_WORK", "mutation($input: ConfirmTieInput!) { confirmTie(input: $input) { id } }",
				Map.of("input", Map.of("tieId", tie, "date", "2026-11-20")), "confirmTie", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", "query($id: ID!) { ties(householdId: $id) { ties { id } } }",
				Map.of("id", household), "ties", SHOWN, OWN);
		Map<String, Object> drawnMap = Map.of("areaId", "area-w2", "csv", "氏名,住所,見守る人\n監査 一郎,福島県会津若松市（架空の所在地）,隣 二郎\n",
				"drawnOn", "2026-11-01", "drawnBy", "監査地区 支えあいマップ作成会");
		call("seikatsu", "CASE_WORK",
				"query($input: SupportMapFileInput!) { supportMapImportPreview(input: $input) { recorded } }",
				Map.of("input", drawnMap), "supportMapImportPreview", SHOWN, OWN);
		flow.createdOutreachRecord((String) call("seikatsu", "CASE_WORK",
				"mutation($input: ImportSupportMapInput!) { importSupportMap(input: $input) { id } }",
				Map.of("input", Map.of("file", drawnMap)), "importSupportMap", SHOWN, OWN)
			.get("id"));
		call("seikatsu", "CASE_WORK", "mutation($input: EndTieInput!) { endTie(input: $input) { id } }",
				Map.of("input", Map.of("tieId", tie, "date", "2026-11-21", "reason", "転居")), "endTie", SHOWN, OWN);

		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/refer-5"),
				Map.of("input",
						Map.of("caseId", caseId, "toAgencyId", "ag-shouhi", "reason", "多重債務の相談", "date", "2026-10-21")),
				"refer", SHOWN, OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/close-case"),
				Map.of("input", Map.of("caseId", caseId, "date", "2026-11-20", "reason", "家計が安定した")), "closeCase",
				SHOWN, OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/reopen-case"),
				Map.of("input", Map.of("caseId", caseId, "date", "2026-11-21", "reason", "再相談")), "reopenCase", SHOWN,
				OWN);
		call("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/revoke-consent"),
				Map.of("input", Map.of("consentId", consentId, "reason", "本人の申出")), "revokeConsent", SHOWN, OWN);
		call("privacy", "CASE_WORK", "query($id: ID!) { auditTrail(personId: $id) { sequence } }", Map.of("id", person),
				"auditTrail", SHOWN, "PRIVACY_OFFICER");
		call("privacy", "CASE_WORK", "{ disclosureCandidates(nameKana: \"カンサ イチロウ\", birthYear: 1983) { personId } }",
				Map.of(), "disclosureCandidates", SHOWN, "PRIVACY_OFFICER");
		call("privacy", "CASE_WORK", "{ selfGrantedBases(from: \"2026-01-01\", to: \"2026-12-31\") { reference } }",
				Map.of(), "selfGrantedBases", SHOWN, "PRIVACY_OFFICER");

		System.out.printf("LawfulCallsAuditTests: %d person-level fields called lawfully, one audit event each: %s%n",
				audited.size(), audited.keySet());
		assertThat(audited.keySet()).as("every person-level field of the schema is called lawfully here")
			.containsAll(personalFields());
		assertThat(failures).isEmpty();
	}

	/**
	 * Runs the call (it must succeed) and checks the audit events it appended: exactly
	 * one, under the field's operation name, with the expected outcome, the caller's
	 * purpose, and exactly the expected bases (at least them, for a page that shows the
	 * demo city's households too).
	 */
	private Map<String, Object> call(String user, String purpose, String document, Map<String, Object> variables,
			String field, String outcome, String... bases) {
		long before = head();
		Object data = flow.ok(user, purpose, document, variables, field);
		List<Map<String, Object>> events = flow.cypher("""
				MATCH (e:AuditEvent) WHERE e.sequence > $after
				RETURN e.operation AS operation, e.outcome AS outcome, e.bases AS bases, e.purpose AS purpose
				ORDER BY e.time, e.sequence""", Map.of("after", before));
		String operation = (document.stripLeading().startsWith("mutation") ? "Mutation." : "Query.") + field;
		audited.put(operation, events);
		boolean page = operation.equals("Query.households");
		if (events.size() != 1 || !operation.equals(events.get(0).get("operation"))
				|| !outcome.equals(events.get(0).get("outcome")) || !purpose.equals(events.get(0).get("purpose"))
				|| !(page ? new HashSet<>((List<?>) events.get(0).get("bases")).containsAll(List.of(bases))
						: List.of(bases).equals(events.get(0).get("bases")))) {
			failures.add(operation + " as " + user + " for " + purpose + ", expected " + outcome + " on "
					+ List.of(bases) + ": " + events);
		}
		return data instanceof Map<?, ?> map ? castMap(map) : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	private long head() {
		return flow.count("MATCH (c:AuditChain {id: 'main'}) RETURN c.sequence", Map.of());
	}

	private Set<String> personalFields() {
		Set<String> fields = new TreeSet<>();
		for (String type : List.of("Query", "Mutation")) {
			GraphQLObjectType root = (GraphQLObjectType) graphQlSource.schema().getType(type);
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				String operation = type + "." + field.getName();
				if (!AuditCompletenessTests.NO_PERSONAL_DATA.containsKey(operation)) {
					fields.add(operation);
				}
			}
		}
		return fields;
	}

}
