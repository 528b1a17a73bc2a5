package jp.jusou.graph.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three 想定されるケース事例 of 会津若松市's plan (第2期重層的支援体制整備事業実施計画, section 7), each played
 * through the API from the first consultation to the closing, asserting the graph and
 * what each agency sees at each step; then the 支援会議 path of a household that refuses
 * consent, a suspension when contact is lost, and a signal that puts a household on the
 * outreach list until a visit meets it.
 */
@GraphApiTest
class CaseExamplesTests extends WorkflowTest {

	static final String CONSULT = GraphQlDocuments.named("workflow/case-examples-consult");

	static final String REFER = GraphQlDocuments.named("workflow/refer");

	static final String RETURN = GraphQlDocuments.named("workflow/return");

	static final String HOUSEHOLD = GraphQlDocuments.named("workflow/case-examples-household");

	static final String VISIT = GraphQlDocuments.named("workflow/visit");

	static final String CONSENT = GraphQlDocuments.named("workflow/consent");

	static final String CREATE_PLAN = GraphQlDocuments.named("workflow/create-plan");

	static final String REVISE_PLAN = GraphQlDocuments.named("workflow/revise-plan");

	static final String MEETING = GraphQlDocuments.named("workflow/case-examples-meeting");

	static final String SUGGEST = GraphQlDocuments.named("workflow/suggest");

	static final String MATCH = GraphQlDocuments.named("workflow/match");

	static final String FOLLOW_UP = GraphQlDocuments.named("workflow/follow-up");

	/**
	 * 本人（40代）・両親（80代）・子（20代）: poverty, an unsupported suspected disability, parents
	 * needing care.
	 */
	@Test
	void case1EightyFiftyWithAnAdultChild() {
		Household household = intake("seikatsu", person("例示 一郎", 1983, "HEAD"),
				List.of(person("例示 父", 1944, "FATHER"), person("例示 母", 1946, "MOTHER"), person("例示 孫", 2004, "CHILD")),
				List.of("POVERTY", "DISABILITY", "CARE"), List.of("MONEY", "HEALTH", "FAMILY"));
		Map<String, Object> seen = household("seikatsu", household.id);
		assertThat(names(seen)).as("the consulting window knows its consultee only").containsExactly("例示 一郎");
		assertThat(seen).extractingByKey("withheldMembers").isEqualTo(Map.of("count", 3));
		assertThat(household("houkatsu3", household.id)).containsEntry("visible", false);

		String coordinatorCase = refer("seikatsu", household.caseId);
		assertThat(names(household("coordinator", household.id))).containsExactly("例示 一郎");
		List<Map<String, Object>> referrals = flow.ok("dashboard", null,
				"{ dashboard(fiscalYear: 2026) { cells(metric: REFERRALS) { areaId key month suppressed } } }",
				Map.of(), "dashboard.cells");
		assertThat(referrals).as("the dashboard counts the referral, suppressed below 5")
			.contains(Map.of("areaId", "area-w2", "key", "POVERTY", "month", "2026-10", "suppressed", true));

		// No consents yet: a 重層的支援会議 may not discuss the household.
		assertThat(flow.error("coordinator", MEETING,
				Map.of("input",
						meeting("MULTI_LAYER_MEETING", List.of("ag-seikatsu"),
								List.of(discussed(household.id, "SHARE_INFORMATION", null, null))))))
			.containsEntry("code", "INVALID_ARGUMENT")
			.containsEntry("argument", "input.households[0].householdId")
			.containsEntry("rule", "consent-required");

		// Intake visit to the whole household: the visit shows the coordinator the home,
		// not who lives there.
		visit("coordinator", household.id, "MET");
		assertThat(names(household("coordinator", household.id))).as("a visit opens no names").hasSize(1);
		// Every member, in front of the coordinator, consents to the meeting's
		// participants.
		consentAll(household);
		assertThat(names(household("coordinator", household.id))).hasSize(4);
		List<Map<String, Object>> selfGranted = flow.ok("privacy", null,
				"{ selfGrantedBases(from: \"2026-11-23\", to: \"2026-11-23\") { kind reference personId priorBasis } }",
				Map.of(), "selfGrantedBases");
		assertThat(selfGranted).as("the three consents recorded on identification, listed for the privacy officer")
			.filteredOn(row -> household.members.contains(row.get("personId")))
			.hasSize(3)
			.allSatisfy(row -> assertThat(row).containsEntry("kind", "CONSENT"));

		String planId = createPlan(household, List.of("WORK_EXPERIENCE", "PLACE_TO_BELONG"),
				List.of(role("ag-shougai-3", household.members.get(0), "DISABILITY", "障がい者支援機関へのつなぎ・受診勧奨"),
						role("ag-houkatsu-3", household.members.get(1), "CARE", "介護サービス利用支援"),
						role("ag-seikatsu", household.members.get(3), "POVERTY", "就労支援")));
		assertThat(approve(household, planId, List.of("ag-seikatsu", "ag-shougai-3", "ag-houkatsu-3", "ag-outreach")))
			.containsEntry("status", "ACTIVE");

		// Who touches the household now: 包括3 sees its role directly and the others
		// through the consents.
		Map<String, Object> seenBy3 = household("houkatsu3", household.id);
		assertThat(agencyIds(seenBy3)).contains(Workflow.COORDINATOR_AGENCY, "ag-seikatsu", "ag-shougai-3",
				"ag-houkatsu-3");
		assertThat(bases(seenBy3)).contains("OWN_AGENCY", "CONSENT");
		assertThat(household("houkatsu1", household.id)).as("an agency outside the plan")
			.containsEntry("visible", false);

		participation(household.members.get(3), household.id);

		// 再プラン, a revised plan, approval again, then 終結 with its evaluation.
		String review = "本人の状況変化：受診につながった。評価：介護サービスは未利用。現プラン評価：就労体験は継続できている";
		assertThat(decide(household, planId, "REPLAN", review)).containsEntry("status", "UNDER_REVIEW");
		// Before the next meeting the coordinator opens the plan and reads the 再プラン
		// evaluation (002's check-list).
		Map<String, Object> before = flow.ok("coordinator", "PLAN_DELIBERATION",
				"query($id: ID!) { plan(id: $id) { status history { status decision evaluation } } }",
				Map.of("id", planId), "plan");
		assertThat(before).containsEntry("status", "UNDER_REVIEW");
		assertThat((List<?>) before.get("history")).last()
			.isEqualTo(Map.of("status", "UNDER_REVIEW", "decision", "REPLAN", "evaluation", review));
		// The household's 支援経過記録: every window's contact, in date order.
		List<Map<String, Object>> record = flow.ok("coordinator", "PLAN_DELIBERATION",
				GraphQlDocuments.named("workflow/household-2"), Map.of("id", household.id),
				"household.timeline.entries");
		assertThat(record).extracting(entry -> (String) entry.get("date")).isSorted();
		assertThat(record).extracting(entry -> (String) entry.get("kind"))
			.contains("CASE", "CONSULTATION", "REFERRAL", "VISIT", "CONSENT", "PLAN", "MEETING", "PARTICIPATION");
		assertThat(record).extracting(entry -> (String) ((Map<?, ?>) entry.get("agency")).get("id"))
			.contains("ag-seikatsu", Workflow.COORDINATOR_AGENCY);
		assertThat(flow.<Map<String, Object>>ok("coordinator", REVISE_PLAN,
				Map.of("input", Map.of("planId", planId, "goals", List.of("本人が障害福祉サービスを利用し、子が就労体験を続ける"))),
				"revisePlan.plan"))
			.containsEntry("status", "UNDER_REVIEW");
		assertThat(decide(household, planId, "APPROVE_PLAN", null)).containsEntry("status", "ACTIVE");
		assertThat(decide(household, planId, "CLOSE", "受診と介護サービス利用につながり、子は就労体験を継続")).containsEntry("status", "CLOSED")
			.containsEntry("evaluation", "受診と介護サービス利用につながり、子は就労体験を継続");
		assertThat(flow.error("coordinator", MEETING,
				Map.of("input",
						meeting("MULTI_LAYER_MEETING", List.of("ag-seikatsu"),
								List.of(discussed(household.id, "APPROVE_PLAN", planId, null))))))
			.containsEntry("argument", "input.households[0].decision")
			.containsEntry("rule", "plan-transition");
		assertThat(flow.count("MATCH (:Case {id: $id, status: 'OPEN'}) RETURN count(*)", Map.of("id", coordinatorCase)))
			.isOne();
	}

	/**
	 * 本人（60代）・子（30代）: poverty and a move, the child's abuse; handed back to 生活サポート at the
	 * end.
	 */
	@Test
	void case2ParentAndAbusiveChildHandedBackAtTheEnd() {
		Household household = intake("seikatsu", person("例示 花子", 1962, "HEAD"), List.of(person("例示 次男", 1992, "CHILD")),
				List.of("POVERTY", "HOUSING", "HEALTH"), List.of("MONEY", "HOUSING", "FAMILY"));
		String coordinatorCase = refer("seikatsu", household.caseId);
		visit("coordinator", household.id, "MET");
		consentAll(household);
		String planId = createPlan(household, List.of("HOUSING", "MONEY_MANAGEMENT"),
				List.of(role("ag-seikatsu", household.members.get(0), "POVERTY", "居住の確保・金銭管理の支援・医療機関への受診勧奨"),
						role("ag-shougai-kikan", household.members.get(1), "DISABILITY", "虐待対応・精神疾患への支援")));
		approve(household, planId, List.of("ag-seikatsu", "ag-shougai-kikan"));
		assertThat(agencyIds(household("seikatsu", household.id))).contains("ag-shougai-kikan",
				Workflow.COORDINATOR_AGENCY);
		// 居住の確保: the household moves; the window holding the case records it.
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/move-household"),
				Map.of("input",
						Map.of("householdId", household.id, "address", "福島県会津若松市（架空の転居先）", "location",
								Map.of("latitude", 37.4700, "longitude", 139.9300), "areaId", "area-w3", "date",
								"2026-11-15", "note", "家賃の安い市営住宅へ")),
				"moveHousehold");
		Map<String, Object> moved = flow.ok("coordinator", GraphQlDocuments.named("workflow/household-3"),
				Map.of("id", household.id), "household");
		assertThat(moved).containsEntry("address", "福島県会津若松市（架空の転居先）");
		assertThat((List<Object>) ((Map<?, ?>) moved.get("timeline")).get("entries"))
			.containsExactly((Object) Map.of("status", "MOVED", "date", "2026-11-15", "summary", "転居 — 家賃の安い市営住宅へ"));
		decide(household, planId, "CLOSE", "転居と金銭管理の支援が定着し、生活サポート相談窓口の単独支援へ移行");

		// The coordinator met the household on 2026-11-01 (22 days before the tests'
		// today).
		assertThat(contactOlderThan(30)).as("met within 30 days").doesNotContainKey(household.id);
		assertThat(contactOlderThan(10)).containsEntry(household.id,
				Map.of("householdId", household.id, "lastContact", "2026-11-01", "daysSince", 22));

		Map<String, Object> back = flow.ok("coordinator", RETURN, Map.of("input", Map.of("caseId", coordinatorCase,
				"agencyId", "ag-seikatsu", "reason", "生活サポート相談窓口の単独支援へ", "date", "2026-11-23")), "returnToAgency");
		assertThat(back).containsEntry("direction", "BACK_TO_AGENCY");
		assertThat(back.get("fromCase")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("status", "CLOSED");
		assertThat(back.get("toCase")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("id", household.caseId)
			.containsEntry("status", "OPEN");
	}

	/**
	 * 本人（50代）・子（20代）×2・母（80代）: debts despite income; work, consumer advice, disability
	 * work support.
	 */
	@Test
	void case3DebtsWithTwoDisabledChildrenAndAnAgedMother() {
		Household household = intake("seikatsu", person("例示 三郎", 1973, "HEAD"),
				List.of(person("例示 長男", 2001, "CHILD"), person("例示 次女", 2003, "CHILD"),
						person("例示 祖母", 1942, "MOTHER")),
				List.of("POVERTY", "CONSUMER", "DISABILITY", "CARE"), List.of("MONEY", "WORK"));
		refer("seikatsu", household.caseId);
		visit("coordinator", household.id, "MET");
		consentAll(household);
		String planId = createPlan(household, List.of("JOB_SUPPORT", "MONEY_MANAGEMENT"),
				List.of(role("ag-seikatsu", household.members.get(0), "POVERTY", "就労支援・消費生活センターでの相談"),
						role("ag-shougai-kikan", household.members.get(1), "DISABILITY", "障害者就業・生活支援センターとの連携"),
						role("ag-houkatsu-4", household.members.get(3), "CARE", "地域包括支援センターとの情報共有")));
		approve(household, planId, List.of("ag-seikatsu", "ag-shougai-kikan", "ag-houkatsu-4"));
		List<Map<String, Object>> due = flow.ok("coordinator", "{ plansDueForReview { planId } }", Map.of(),
				"plansDueForReview");
		assertThat(due).extracting(row -> row.get("planId"))
			.as("the demo's plan-kasou passed its monitoring date 10 days ago; the new plan's is in February")
			.contains("plan-kasou")
			.doesNotContain(planId);

		// The meeting notes that no transport exists; nothing nearby offers job support
		// either.
		flow.ok("coordinator", MEETING,
				Map.of("input",
						meeting("MULTI_LAYER_MEETING", List.of("ag-seikatsu"), List.of(Map.of("householdId",
								household.id, "decision", "RESOURCE_GAP", "needs", List.of("TRANSPORT"))))),
				"recordMeeting.meetingId");
		List<Map<String, Object>> gaps = flow.ok("coordinator",
				"{ resourceGaps(areaId: \"area-w2\") { need households recordedIn } }", Map.of(), "resourceGaps");
		assertThat(gaps).contains(Map.of("need", "TRANSPORT", "households", 1, "recordedIn", List.of("MEETING")))
			.contains(Map.of("need", "JOB_SUPPORT", "households", 1, "recordedIn", List.of("PLAN")))
			.as("the hub offers a place to belong within 2 km")
			.noneSatisfy(gap -> assertThat(gap.get("need")).isEqualTo("PLACE_TO_BELONG"));
		// つなぎ to the 消費生活センター for the debts (004 case 3), counted on the dashboard by
		// route.
		assertThat(flow.<Map<String, Object>>ok("seikatsu", GraphQlDocuments.named("workflow/refer-2"),
				Map.of("input",
						Map.of("caseId", household.caseId, "toAgencyId", "ag-shouhi", "reason", "不明な支出と借金の相談", "date",
								"2026-11-10")),
				"refer"))
			.containsEntry("direction", "BETWEEN_AGENCIES")
			.containsEntry("toCase", Map.of("agency", Map.of("id", "ag-shouhi")));
		List<Map<String, Object>> routes = flow.ok("dashboard", null,
				"{ dashboard(fiscalYear: 2026) { cells(metric: REFERRAL_ROUTES) { key month suppressed } } }", Map.of(),
				"dashboard.cells");
		assertThat(routes).contains(Map.of("key", "POVERTY→CONSUMER", "month", "2026-11", "suppressed", true));
		assertThat(flow.count("MATCH (:Person {id: 'p-kasou-takumi'})-[:TAKES_PART_IN]->(:Activity) RETURN count(*)",
				Map.of()))
			.as("the demo's case-3 son is 就労継続中: no 就労体験 slot")
			.isZero();
		decide(household, planId, "CLOSE", "就労につながり、家計の見直しで借金の返済計画が立った");
		assertThat(
				flow.count("MATCH (pl:SupportPlan {id: $id}) RETURN count(CASE WHEN pl.status = 'CLOSED' THEN 1 END)",
						Map.of("id", planId)))
			.isOne();
	}

	/**
	 * A household that refuses consent: no 重層的支援会議, but a 支援会議 shares among its members
	 * only.
	 */
	@Test
	void aHouseholdThatRefusesConsentIsDiscussedAtASupportMeeting() {
		Household household = intake("houkatsu3", person("例示 拒否", 1950, "HEAD"),
				List.of(person("例示 息子", 1978, "CHILD")), List.of("CARE", "OTHER"), List.of("ISOLATION"));
		flow.ok("houkatsu3", CONSENT, Map.of("input",
				Map.of("subjectId", household.members.get(0), "decision", "DENY", "meetingParticipants", true,
						"categories", List.of("CARE", "OTHER"), "purposes", List.of("CASE_WORK", "PLAN_DELIBERATION"),
						"validFrom", "2026-11-01", "validTo", "2027-10-31", "verification", "VERBAL")),
				"recordConsent.consent.id");
		refer("houkatsu3", household.caseId);
		assertThat(flow.error("coordinator", MEETING,
				Map.of("input",
						meeting("MULTI_LAYER_MEETING", List.of("ag-houkatsu-3"),
								List.of(discussed(household.id, "SHARE_INFORMATION", null, null))))))
			.containsEntry("rule", "consent-required");
		assertThat(flow.error("coordinator", MEETING,
				Map.of("input",
						meeting("SUPPORT_MEETING", List.of("ag-houkatsu-3"),
								List.of(discussed(household.id, "APPROVE_PLAN", "plan-x", null))))))
			.containsEntry("rule", "plan-decisions-at-multi-layer-meeting");
		assertThat(agencyIds(household("csw", household.id))).isEmpty();

		Map<String, Object> meeting = flow.ok(
				"coordinator", MEETING, Map
					.of("input",
							meeting("SUPPORT_MEETING", List.of("ag-houkatsu-3", "ag-outreach"),
									List.of(discussed(household.id, "SHARE_INFORMATION", null, null)))),
				"recordMeeting");
		assertThat(meeting).containsEntry("kind", "SUPPORT_MEETING");
		Map<String, Object> seenByCsw = household("csw", household.id);
		assertThat(bases(seenByCsw)).contains("SUPPORT_MEETING");
		assertThat(agencyIds(seenByCsw)).contains("ag-houkatsu-3");
		assertThat(household("houkatsu1", household.id)).as("not a member of the 支援会議").containsEntry("visible", false);

		visit("csw", household.id, "REFUSED");
		List<Map<String, Object>> counts = flow.ok("csw",
				"{ visitCounts(from: \"2026-11-01\", to: \"2026-11-30\") { month households visits } }", Map.of(),
				"visitCounts");
		assertThat(counts).singleElement().satisfies(row -> assertThat((Integer) row.get("visits")).isPositive());
	}

	/**
	 * Contact lost: visits fail, the 重層的支援会議 suspends the plan, which may then only be
	 * re-planned.
	 */
	@Test
	void aPlanIsSuspendedWhenContactIsLost() {
		Household household = intake("seikatsu", person("例示 不在", 1970, "HEAD"), List.of(), List.of("POVERTY"),
				List.of("WORK"));
		refer("seikatsu", household.caseId);
		visit("coordinator", household.id, "MET");
		consentAll(household);
		String planId = createPlan(household, List.of("JOB_SUPPORT"),
				List.of(role("ag-seikatsu", household.members.get(0), "POVERTY", "就労支援")));
		approve(household, planId, List.of("ag-seikatsu"));
		visit("csw", household.id, "NOT_MET");
		visit("csw", household.id, "LETTER_LEFT");
		assertThat(decide(household, planId, "SUSPEND", null)).containsEntry("status", "SUSPENDED");
		assertThat(flow.error("coordinator", MEETING,
				Map.of("input",
						meeting("MULTI_LAYER_MEETING", List.of("ag-seikatsu"),
								List.of(discussed(household.id, "APPROVE_PLAN", planId, null))))))
			.containsEntry("rule", "plan-transition");
		assertThat(decide(household, planId, "REPLAN", null)).containsEntry("status", "UNDER_REVIEW");
	}

	/**
	 * A signal puts a household nobody supports on the outreach list until a visit meets
	 * it.
	 */
	@Test
	void aSignalPutsAHouseholdOnTheUnreachedListUntilAVisitMeetsIt() {
		// hh-kakuno (demo): an elderly man alone, no case; the CSW left a letter 200 days
		// ago.
		String unreached = "{ unreachedHouseholds(areaId: \"area-w2\") { householdId signalCount sources"
				+ " visitsWithoutContact address } }";
		assertThat(unreachedRow("coordinator", unreached, "hh-kakuno")).isNull();
		String signalId = flow.ok("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-signal-2"), Map.of(),
				"recordSignal.signalId");
		flow.createdOutreachRecord(signalId);
		flow.createdOutreachRecord(flow.ok("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-signal-3"),
				Map.of(), "recordSignal.signalId"));

		assertThat(unreachedRow("coordinator", unreached, "hh-kakuno")).containsEntry("signalCount", 1)
			.containsEntry("sources", List.of("NEIGHBOUR"))
			.containsEntry("visitsWithoutContact", 0)
			.as("the coordinator recorded nothing about it")
			.containsEntry("address", null);
		assertThat(unreachedRow("csw", unreached, "hh-kakuno"))
			.as("taking the signal is no way to give yourself the address")
			.containsEntry("address", null);
		String assignment = flow.ok("coordinator", "OUTREACH", GraphQlDocuments.named("workflow/assign-outreach-2"),
				Map.of(), "assignOutreach.id");
		try {
			assertThat(unreachedRow("csw", unreached, "hh-kakuno")).as("the CSW's agency was assigned to reach it")
				.containsEntry("address", "中町（架空）");
		}
		finally {
			flow.cypher("MATCH (oa:OutreachAssignment {id: $id}) DETACH DELETE oa", Map.of("id", assignment));
		}

		flow.createdOutreachRecord(flow.ok("csw", "OUTREACH", VISIT,
				Map.of("input", Map.of("householdId", "hh-kakuno", "date", "2026-11-21", "outcome", "NOT_MET")),
				"recordVisit.visitId"));
		assertThat(unreachedRow("csw", unreached, "hh-kakuno")).containsEntry("visitsWithoutContact", 1);
		flow.createdOutreachRecord(flow.ok("csw", "OUTREACH", VISIT,
				Map.of("input", Map.of("householdId", "hh-kakuno", "date", "2026-11-22", "outcome", "MET")),
				"recordVisit.visitId"));
		assertThat(unreachedRow("csw", unreached, "hh-kakuno")).as("met: reached").isNull();
	}

	// ── steps
	// ──────────────────────────────────────────────────────────────────────────────────────

	/**
	 * A household registered at intake: its members' ids and what each would tell a
	 * window (name, birth year).
	 */
	record Household(String id, String caseId, List<String> members, List<Map<String, Object>> told) {
	}

	private Household intake(String user, Map<String, Object> consultee, List<Map<String, Object>> others,
			List<String> fields, List<String> topics) {
		Map<String, Object> result = flow.ok(user, CONSULT, Map.of("input",
				Map.of("newHousehold", Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "location",
						Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee", consultee, "others", others),
						"date", "2026-10-01", "fields", fields, "topics", topics, "channel", "WALK_IN")),
				"recordConsultation");
		String householdId = (String) result.get("householdId");
		flow.created(householdId);
		assertThat(result).containsEntry("openedCase", true);
		@SuppressWarnings("unchecked")
		Map<String, Object> opened = (Map<String, Object>) result.get("case");
		assertThat(opened).containsEntry("status", "OPEN");
		List<String> members = new ArrayList<>();
		flow.cypher("""
				MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id})
				RETURN p.id AS id ORDER BY CASE WHEN p.name = $first THEN 0 ELSE 1 END, p.birthYear""",
				Map.of("id", householdId, "first", consultee.get("name")))
			.forEach(row -> members.add((String) row.get("id")));
		List<String> ordered = new ArrayList<>(members.subList(0, 1));
		for (Map<String, Object> other : others) {
			ordered.add(
					(String) flow
						.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
								Map.of("name", other.get("name"), "id", householdId))
						.get(0)
						.get("id"));
		}
		// A second consultation extends the same case rather than opening another.
		Map<String, Object> again = flow.ok(user, CONSULT, Map.of("input", Map.of("personId", ordered.get(0), "date",
				"2026-10-15", "fields", fields, "topics", topics, "channel", "PHONE")), "recordConsultation");
		assertThat(again).containsEntry("openedCase", false);
		List<Map<String, Object>> told = new ArrayList<>();
		told.add(Map.of("name", consultee.get("name"), "birthYear", consultee.get("birthYear")));
		others.forEach(other -> told.add(Map.of("name", other.get("name"), "birthYear", other.get("birthYear"))));
		return new Household(householdId, (String) opened.get("id"), ordered, told);
	}

	private String refer(String user, String caseId) {
		Map<String, Object> referral = flow.ok(
				user, REFER, Map.of("input", Map.of("caseId", caseId, "coordinatorAgencyId",
						Workflow.COORDINATOR_AGENCY, "reason", "複数分野にまたがる複合的な課題", "date", "2026-10-20")),
				"referToCoordination");
		assertThat(referral).containsEntry("direction", "TO_COORDINATION");
		@SuppressWarnings("unchecked")
		Map<String, Object> to = (Map<String, Object>) referral.get("toCase");
		assertThat(to).containsEntry("agency", Map.of("id", Workflow.COORDINATOR_AGENCY))
			.containsEntry("status", "OPEN");
		return (String) to.get("id");
	}

	private void visit(String user, String householdId, String outcome) {
		flow.ok(user, "OUTREACH", VISIT,
				Map.of("input", Map.of("householdId", householdId, "date", "2026-11-01", "outcome", outcome)),
				"recordVisit");
	}

	/**
	 * At the intake visit every member consents to share with the coordinator and the
	 * meeting's participants, in front of the coordinator: members the coordinator has no
	 * basis for yet are identified as they tell it (asTold).
	 */
	private void consentAll(Household household) {
		for (int i = 0; i < household.members.size(); i++) {
			Map<String, Object> input = new java.util.HashMap<>(
					Map.of("subjectId", household.members.get(i), "decision", "PERMIT", "granteeAgencyIds",
							List.of(Workflow.COORDINATOR_AGENCY), "meetingParticipants", true, "categories",
							List.of("CARE", "DISABILITY", "CHILD", "POVERTY", "HEALTH", "HOUSING", "CONSUMER", "OTHER"),
							"purposes", List.of("CASE_WORK", "PLAN_DELIBERATION", "PARTICIPATION_MATCHING", "OUTREACH"),
							"validFrom", "2026-10-25", "validTo", "2027-10-24", "verification", "SIGNED"));
			input.put("asTold", household.told.get(i));
			flow.ok("coordinator", CONSENT, Map.of("input", input), "recordConsent.consent.id");
		}
	}

	private String createPlan(Household household, List<String> needs, List<Map<String, Object>> roles) {
		Map<String, Object> plan = flow.ok(
				"coordinator", CREATE_PLAN, Map.of("input", Map.of("householdId", household.id, "goals",
						List.of("世帯全体の生活の安定"), "needs", needs, "monitoringDate", "2027-02-01", "roles", roles)),
				"createPlan.plan");
		assertThat(plan).containsEntry("status", "DRAFT").containsEntry("statusLabel", "作成中");
		assertThat((List<?>) plan.get("roles")).hasSize(roles.size());
		return (String) plan.get("id");
	}

	private Map<String, Object> approve(Household household, String planId, List<String> agencies) {
		Map<String, Object> result = flow.ok("coordinator", MEETING, Map.of("input", meeting("MULTI_LAYER_MEETING",
				agencies, List.of(discussed(household.id, "APPROVE_PLAN", planId, null)))), "recordMeeting");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> plans = (List<Map<String, Object>>) result.get("plans");
		return plans.get(0);
	}

	private Map<String, Object> decide(Household household, String planId, String decision, String evaluation) {
		Map<String, Object> result = flow.ok("coordinator", MEETING, Map.of("input", meeting("MULTI_LAYER_MEETING",
				List.of("ag-seikatsu"), List.of(discussed(household.id, decision, planId, evaluation)))),
				"recordMeeting");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> plans = (List<Map<String, Object>>) result.get("plans");
		return plans.get(0);
	}

	/**
	 * 参加支援: a work-experience host with one place, a suggestion, the match, and a
	 * follow-up.
	 */
	@SuppressWarnings("unchecked")
	private void participation(String personId, String householdId) {
		String resourceId = flow.ok("csw", GraphQlDocuments.named("workflow/create-resource"),
				Map.of("input", Map.of("name", "例示ファーム（架空）", "kind", "WORK_EXPERIENCE", "areaId", "area-w2", "location",
						Map.of("latitude", 37.4940, "longitude", 139.9320), "offers", List.of("WORK_EXPERIENCE"))),
				"createResource.id");
		flow.createdResource(resourceId);
		String activityId = flow.ok("csw", GraphQlDocuments.named("workflow/create-activity"),
				Map.of("input",
						Map.of("resourceId", resourceId, "name", "農作業体験", "rrule", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2",
								"startTime", "10:00", "endTime", "12:00", "targetAgeMin", 18, "capacity", 1, "offers",
								List.of("WORK_EXPERIENCE", "PLACE_TO_BELONG"))),
				"createActivity.id");
		List<Map<String, Object>> suggestions = flow.ok("csw", "PARTICIPATION_MATCHING", SUGGEST,
				Map.of("input", Map.of("personId", personId, "weekdays", List.of("WED"))), "suggestParticipation");
		assertThat(suggestions).isNotEmpty();
		assertThat(suggestions.get(0)).containsEntry("activity",
				Map.of("id", activityId, "scheduleLabel", "毎月 第2 水曜 10:00–12:00"));
		assertThat((List<Object>) suggestions.get(0).get("reasons")).contains("ニーズ「就労体験」に合う", "ニーズ「居場所」に合う");
		Map<String, Object> match = flow.ok("csw", "PARTICIPATION_MATCHING", MATCH,
				Map.of("input", Map.of("personId", personId, "activityId", activityId, "startDate", "2026-11-11")),
				"matchParticipation.match");
		assertThat(match).containsEntry("status", "ACTIVE");
		assertThat(flow.count("MATCH (:Person {id: $id})-[:TAKES_PART_IN]->(:Activity {id: $act}) RETURN count(*)",
				Map.of("id", personId, "act", activityId)))
			.isOne();
		assertThat(flow
			.ok("csw", "PARTICIPATION_MATCHING", SUGGEST, Map.of("input", Map.of("personId", personId)),
					"suggestParticipation")
			.toString()).as("full, and already taking part").doesNotContain(activityId);
		assertThat(flow.<Map<String, Object>>ok("csw", "PARTICIPATION_MATCHING", FOLLOW_UP,
				Map.of("input",
						Map.of("matchId", match.get("id"), "party", "HOST", "date", "2026-11-20", "outcome",
								"CONTINUING")),
				"recordFollowUp.match"))
			.containsEntry("lastOutcome", "CONTINUING")
			.containsEntry("status", "ACTIVE");
		List<Map<String, Object>> lapsed = flow.ok("csw", "{ lapsedMatches(days: 1) { id } }", Map.of(),
				"lapsedMatches");
		assertThat(lapsed).extracting(row -> row.get("id")).contains(match.get("id"));

		// Editing: the host moves the activity to every Wednesday and takes a second
		// person.
		Map<String, Object> edited = flow.ok("csw", GraphQlDocuments.named("workflow/update-activity"),
				Map.of("id", activityId, "input", Map.of("resourceId", resourceId, "name", "農作業体験", "rrule",
						"FREQ=WEEKLY;BYDAY=WE", "startTime", "10:00", "endTime", "12:00", "capacity", 2)),
				"updateActivity");
		assertThat(edited).containsEntry("id", activityId)
			.containsEntry("scheduleLabel", "毎週 水 10:00–12:00")
			.containsEntry("rrule", "FREQ=WEEKLY;BYDAY=WE")
			.containsEntry("capacity", 2);
		assertThat(flow.<String>ok("csw", GraphQlDocuments.named("workflow/update-resource"),
				Map.of("id", resourceId, "input",
						Map.of("name", "例示ファーム（架空・改称）", "kind", "WORK_EXPERIENCE", "location",
								Map.of("latitude", 37.4940, "longitude", 139.9320))),
				"updateResource.name"))
			.isEqualTo("例示ファーム（架空・改称）");
	}

	// ── inputs and reading answers
	// ───────────────────────────────────────────────────────────────

	static Map<String, Object> person(String name, int birthYear, String relation) {
		return Map.of("name", name, "birthYear", birthYear, "relation", relation);
	}

	static Map<String, Object> role(String agencyId, String personId, String field, String role) {
		return Map.of("agencyId", agencyId, "personId", personId, "field", field, "role", role);
	}

	static Map<String, Object> meeting(String kind, List<String> agencies, List<Map<String, Object>> households) {
		return Map.of("kind", kind, "date", "2026-11-05", "attendingAgencyIds", agencies, "households", households);
	}

	static Map<String, Object> discussed(String householdId, String decision, String planId, String evaluation) {
		Map<String, Object> item = new java.util.HashMap<>(Map.of("householdId", householdId, "decision", decision));
		if (planId != null) {
			item.put("planId", planId);
		}
		if (evaluation != null) {
			item.put("evaluation", evaluation);
		}
		return item;
	}

	private Map<String, Object> unreachedRow(String user, String document, String householdId) {
		List<Map<String, Object>> rows = flow.ok(user, "OUTREACH", document, Map.of(), "unreachedHouseholds");
		return rows.stream().filter(row -> householdId.equals(row.get("householdId"))).findFirst().orElse(null);
	}

	/**
	 * The coordinator's households whose last contact is older than {@code days}, by id.
	 */
	private Map<String, Map<String, Object>> contactOlderThan(int days) {
		List<Map<String, Object>> rows = flow.ok("coordinator",
				"{ householdsWithoutRecentContact(days: " + days + ") { householdId lastContact daysSince } }",
				Map.of(), "householdsWithoutRecentContact");
		Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
		rows.forEach(row -> byId.put((String) row.get("householdId"), row));
		return byId;
	}

	private Map<String, Object> household(String user, String householdId) {
		return flow.ok(user, HOUSEHOLD, Map.of("id", householdId), "household");
	}

	@SuppressWarnings("unchecked")
	static List<String> names(Map<String, Object> household) {
		return ((List<Map<String, Object>>) household.get("members")).stream()
			.map(m -> (String) m.get("name"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	static List<String> agencyIds(Map<String, Object> household) {
		Map<String, Object> agencies = (Map<String, Object>) household.get("agencies");
		return ((List<Map<String, Object>>) agencies.get("agencies")).stream()
			.map(entry -> (String) ((Map<String, Object>) entry.get("agency")).get("id"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	static List<String> bases(Map<String, Object> household) {
		Map<String, Object> agencies = (Map<String, Object>) household.get("agencies");
		return ((List<Map<String, Object>>) agencies.get("agencies")).stream()
			.flatMap(entry -> ((List<Map<String, Object>>) entry.get("links")).stream())
			.map(link -> (String) ((Map<String, Object>) link.get("basis")).get("kind"))
			.distinct()
			.toList();
	}

}
