package jp.jusou.graph.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping a household current — a member added or gone (転居・死亡・施設入所), a move, patterns
 * re-assessed — and the assessment a plan rests on: only the agency supporting the
 * household (an open case about a member) does it, each change is in the timeline, bad
 * input changes nothing.
 */
@GraphApiTest
class HouseholdUpkeepTests extends WorkflowTest {

	static final String CHANGE = "{ change { id kind kindLabel date personId reason reasonLabel patterns note } }";

	static final String ADD = "mutation($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) " + CHANGE
			+ " }";

	static final String LEAVE = "mutation($input: MemberLeavingInput!) { recordMemberLeaving(input: $input) " + CHANGE
			+ " }";

	static final String MOVE = "mutation($input: MoveHouseholdInput!) { moveHousehold(input: $input) " + CHANGE + " }";

	static final String REASSESS = "mutation($input: ReassessPatternsInput!) { reassessHouseholdPatterns(input: $input) "
			+ CHANGE + " }";

	static final String ASSESS = GraphQlDocuments.named("workflow/assess");

	String household;

	String head;

	String son;

	String caseId;

	@BeforeEach
	void aHouseholdSupportedByThePovertyWindow() {
		Map<String, Object> intake = flow.ok("seikatsu", GraphQlDocuments.named("workflow/record-consultation"),
				Map.of("input",
						Map.of("newHousehold",
								Map.of("areaId", "area-w2", "address", "福島県会津若松市栄町（架空）", "location",
										Map.of("latitude", 37.4940, "longitude", 139.9320), "consultee",
										Map.of("name", "維持 花子", "birthYear", 1962, "relation", "HEAD"), "others",
										List.of(Map.of("name", "維持 次男", "birthYear", 1992, "relation", "CHILD"))),
								"date", "2026-10-01", "fields", List.of("POVERTY", "HOUSING"), "topics",
								List.of("MONEY", "HOUSING"), "channel", "WALK_IN", "summary", "転居の必要がある")),
				"recordConsultation");
		household = (String) intake.get("householdId");
		flow.created(household);
		caseId = (String) ((Map<?, ?>) intake.get("case")).get("id");
		head = member("維持 花子");
		son = member("維持 次男");
	}

	@Test
	void theSupportingAgencyKeepsTheHouseholdCurrentAndTheTimelineShowsEachChange() {
		Map<String, Object> added = flow.ok("seikatsu", ADD,
				Map.of("input",
						Map.of("householdId", household, "member",
								Map.of("name", "維持 トメ", "birthYear", 1940, "relation", "MOTHER", "dependant", true),
								"date", "2026-10-10")),
				"addHouseholdMember.change");
		assertThat(added).containsEntry("kind", "MEMBER_ADDED").containsEntry("kindLabel", "世帯員の追加");
		String grandmother = (String) added.get("personId");
		assertThat(member("維持 トメ")).isEqualTo(grandmother);

		Map<String, Object> moved = flow.ok("seikatsu", MOVE,
				Map.of("input",
						Map.of("householdId", household, "address", "福島県会津若松市門田町（架空）", "location",
								Map.of("latitude", 37.4660, "longitude", 139.9390), "areaId", "area-w3", "date",
								"2026-11-01", "note", "家賃の安い住宅へ転居")),
				"moveHousehold.change");
		assertThat(moved).containsEntry("kind", "MOVED").containsEntry("kindLabel", "転居");
		assertThat(flow.cypher("MATCH (h:Household {id: $id})-[:IN_AREA]->(a:Area) RETURN h.address AS address,"
				+ " a.id AS area, h.location.latitude AS latitude", Map.of("id", household)))
			.containsExactly(Map.of("address", "福島県会津若松市門田町（架空）", "area", "area-w3", "latitude", 37.4660));

		Map<String, Object> left = flow.ok("seikatsu", LEAVE,
				Map.of("input",
						Map.of("householdId", household, "personId", son, "reason", "MOVED_OUT", "date", "2026-11-05")),
				"recordMemberLeaving.change");
		assertThat(left).containsEntry("reason", "MOVED_OUT")
			.containsEntry("reasonLabel", "転居")
			.containsEntry("personId", son);
		Map<String, Object> reassessed = flow.ok(
				"seikatsu", REASSESS, Map.of("input", Map.of("householdId", household, "patterns",
						List.of("ELDERLY_ALONE"), "date", "2026-11-06", "note", "次男の転出で高齢世帯に")),
				"reassessHouseholdPatterns.change");
		assertThat(reassessed).containsEntry("patterns", List.of("ELDERLY_ALONE"));

		Map<String, Object> read = flow.ok("seikatsu", GraphQlDocuments.named("workflow/household-5"),
				Map.of("id", household), "household");
		assertThat(read).containsEntry("address", "福島県会津若松市門田町（架空）")
			.containsEntry("patterns", List.of("ELDERLY_ALONE"));
		assertThat(flow.cypher("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id ORDER BY id",
				Map.of("id", household)))
			.extracting(row -> row.get("id"))
			.containsExactlyInAnyOrder(head, grandmother);
		assertThat(flow.count("""
				MATCH (:Person {id: $son})-[:FORMER_MEMBER_OF {reason: 'MOVED_OUT'}]->(:Household {id: $id})
				RETURN count(*)""", Map.of("son", son, "id", household))).isOne();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> entries = (List<Map<String, Object>>) ((Map<?, ?>) read.get("timeline"))
			.get("entries");
		assertThat(entries).extracting(entry -> (String) entry.get("status"))
			.containsExactly("MEMBER_ADDED", "MOVED", "MEMBER_LEFT", "PATTERNS_REASSESSED");
		assertThat(entries).extracting(entry -> (String) entry.get("summary"))
			.contains("転居 — 家賃の安い住宅へ転居", "世帯員の離脱（転居）", "世帯の課題の再評価（高齢単身） — 次男の転出で高齢世帯に");
		assertThat(flow.count("""
				MATCH (e:AuditEvent)
				WHERE e.operation IN ['Mutation.addHouseholdMember', 'Mutation.moveHousehold',
				                      'Mutation.recordMemberLeaving', 'Mutation.reassessHouseholdPatterns']
				  AND $id IN e.householdIds
				RETURN count(e)""", Map.of("id", household))).isEqualTo(4);
	}

	@Test
	void anAgencyWithoutAnOpenCaseChangesNothingAndBadInputNamesTheField() {
		long before = flow.count("MATCH (c:HouseholdChange) RETURN count(c)", Map.of());
		assertThat(flow.error("houkatsu3", MOVE,
				Map.of("input", Map.of("householdId", household, "address", "どこか", "date", "2026-11-01"))))
			.containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "input.householdId");
		assertThat(flow.error("seikatsu", LEAVE,
				Map.of("input",
						Map.of("householdId", household, "personId", "p-reita-ume", "reason", "DIED", "date",
								"2026-11-01"))))
			.containsEntry("argument", "input.personId")
			.containsEntry("rule", "member-of-household");
		assertThat(flow.error("seikatsu", LEAVE,
				Map.of("input",
						Map.of("householdId", household, "personId", son, "reason", "DIED", "date", "2027-01-01"))))
			.containsEntry("argument", "input.date");
		assertThat(flow.error("seikatsu", MOVE,
				Map.of("input",
						Map.of("householdId", household, "address", "門田町", "location",
								Map.of("latitude", 137.0, "longitude", 139.9), "date", "2026-11-01"))))
			.containsEntry("argument", "input.location")
			.containsEntry("rule", "wgs84");
		assertThat(flow.error("seikatsu", MOVE,
				Map.of("input",
						Map.of("householdId", household, "address", "門田町", "areaId", "area-nowhere", "date",
								"2026-11-01"))))
			.containsEntry("code", "NOT_FOUND")
			.containsEntry("argument", "input.areaId");
		assertThat(flow.error("seikatsu", REASSESS,
				Map.of("input",
						Map.of("householdId", household, "patterns", List.of(), "date", "2026-11-01", "note", ""))))
			.containsEntry("argument", "input.note");
		assertThat(flow.error("seikatsu", ADD,
				Map.of("input",
						Map.of("householdId", household, "member",
								Map.of("name", "維持 某", "birthYear", 1800, "relation", "CHILD"), "date", "2026-11-01"))))
			.containsEntry("argument", "input.member.birthYear");
		assertThat(flow.error("seikatsu", ADD,
				Map.of("input", Map.of("householdId", household, "member",
						Map.of("name", "維持 某", "birthYear", 2000, "relation", "COUSIN"), "date", "2026-11-01"))))
			.containsEntry("argument", "input.member.relation");
		assertThat(flow.count("MATCH (c:HouseholdChange) RETURN count(c)", Map.of())).isEqualTo(before);
		assertThat(flow.count("MATCH (:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN count(*)",
				Map.of("id", household)))
			.isEqualTo(2);
	}

	@Test
	void anAssessmentIsReadOnItsBasisAndAPlanRestsOnIt() {
		Map<String, Object> assessment = flow.ok("seikatsu", ASSESS,
				Map.of("input", Map.of("householdId", household, "date", "2026-10-03", "findings",
						List.of(Map.of("field", "POVERTY", "finding", "家賃を3か月滞納"),
								Map.of("field", "HEALTH", "finding", "本人が体調不良だが受診していない")),
						"summary", "居住の確保と受診勧奨が要る")),
				"recordAssessment.assessment");
		assertThat(assessment).containsEntry("agency", Map.of("id", "ag-seikatsu"))
			.containsEntry("assessorName", "例村 四郎（相談支援員）")
			.containsEntry("basis", Map.of("kind", "OWN_AGENCY"));
		assertThat((List<?>) assessment.get("findings")).hasSize(2);
		String assessmentId = (String) assessment.get("id");

		String query = "query($id: ID!) { household(id: $id) { assessments { assessments { id } withheld { count categories } } } }";
		// 包括3 has no basis in the household: the count, not the fields (要配慮個人情報 by
		// inference); the 多機関協働 body, which may convene a 支援会議 on it, learns the fields
		assertThat(flow.<Map<String, Object>>ok("houkatsu3", query, Map.of("id", household), "household.assessments"))
			.isEqualTo(Map.of("assessments", List.of(), "withheld", Map.of("count", 1, "categories", List.of())));
		assertThat(flow.<Map<String, Object>>ok("coordinator", query, Map.of("id", household), "household.assessments"))
			.isEqualTo(Map.of("assessments", List.of(), "withheld",
					Map.of("count", 1, "categories", List.of("POVERTY", "HEALTH"))));

		flow.ok("seikatsu", GraphQlDocuments.named("workflow/refer-to-coordination"),
				Map.of("input", Map.of("caseId", caseId, "coordinatorAgencyId", Workflow.COORDINATOR_AGENCY, "reason",
						"転居と受診が重なる", "date", "2026-10-05")),
				"referToCoordination");
		String create = "mutation($input: CreatePlanInput!) { createPlan(input: $input) { plan { id assessmentId } } }";
		Map<String, Object> base = Map.of("householdId", household, "goals", List.of("住まいの確保"), "monitoringDate",
				"2027-03-01", "roles",
				List.of(Map.of("agencyId", "ag-seikatsu", "personId", head, "field", "POVERTY", "role", "居住の確保・受診勧奨")));
		Map<String, Object> wrong = new HashMap<>(base);
		wrong.put("assessmentId", "assessment-elsewhere");
		assertThat(flow.error("coordinator", create, Map.of("input", wrong)))
			.containsEntry("argument", "input.assessmentId")
			.containsEntry("rule", "assessment-of-household");
		Map<String, Object> right = new HashMap<>(base);
		right.put("assessmentId", assessmentId);
		assertThat(flow.<Map<String, Object>>ok("coordinator", "PLAN_DELIBERATION", create, Map.of("input", right),
				"createPlan.plan"))
			.containsEntry("assessmentId", assessmentId);
	}

	@Test
	void contactDetailsShowOnTheNamesBasisAndAreValidated() {
		String contact = "mutation($input: MemberContactInput!) { updateMemberContact(input: $input) " + CHANGE + " }";
		assertThat(flow.<Map<String, Object>>ok("seikatsu", contact,
				Map.of("input",
						Map.of("householdId", household, "personId", head, "phone", "0242-00-0000", "contactNote",
								"平日夕方のみ", "date", "2026-11-02")),
				"updateMemberContact.change"))
			.containsEntry("kind", "CONTACT_UPDATED");
		String members = "query($id: ID!) { household(id: $id) { members { id phone contactNote } } }";
		assertThat(flow.<List<Object>>ok("seikatsu", members, Map.of("id", household), "household.members"))
			.contains(Map.of("id", head, "phone", "0242-00-0000", "contactNote", "平日夕方のみ"));
		assertThat(flow.<List<Object>>ok("houkatsu3", members, Map.of("id", household), "household.members")).isEmpty();
		assertThat(flow.error("seikatsu", contact,
				Map.of("input",
						Map.of("householdId", household, "personId", head, "phone", "call me", "date", "2026-11-02"))))
			.containsEntry("argument", "input.phone")
			.containsEntry("rule", "phone");
		assertThat(flow.error("seikatsu", ASSESS,
				Map.of("input", Map.of("householdId", household, "date", "2026-11-02", "findings", List.of()))))
			.containsEntry("argument", "input.findings");
		assertThat(flow.error("seikatsu", ASSESS,
				Map.of("input",
						Map.of("householdId", household, "date", "2026-11-02", "findings",
								List.of(Map.of("field", "POVERTY", "finding", ""))))))
			.containsEntry("argument", "input.findings[0].finding");
		assertThat(flow.count("MATCH (a:Assessment)-[:OF]->(:Household {id: $id}) RETURN count(a)",
				Map.of("id", household)))
			.isZero();
	}

	private String member(String name) {
		return (String) flow
			.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("name", name, "id", household))
			.get(0)
			.get("id");
	}

}
