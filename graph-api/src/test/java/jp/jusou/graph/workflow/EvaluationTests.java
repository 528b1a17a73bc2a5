package jp.jusou.graph.workflow;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 推進会議's yearly evaluation (graph-model.md "The yearly evaluation"): the demo city's
 * fiscal year 2026 (the test clock's day is 2026-11-23) figure by figure against a count
 * by hand of seed/demo/residents.cypher and activities.csv; a plan closed in April counts
 * in the new year; a target with no record says so; a figure entered by hand shows who
 * entered it; counts derived from persons stay suppressed below the threshold.
 */
@GraphApiTest
class EvaluationTests extends WorkflowTest {

	static final String EVALUATION = """
			query($year: Int!) { evaluation(fiscalYear: $year) {
			  fiscalYear fiscalYearName withinPlanPeriod suppressionThreshold plan { name firstYear lastYear }
			  businesses { business narrative { text enteredBy }
			    targets { id target targetText actual actualSource suppressed ratio previousYear enteredBy note computed } }
			  outcomes {
			    plansClosed { count suppressed previousYear previousSuppressed }
			    plansSuspended { count suppressed }
			    goalAttainment { key count suppressed }
			    participationStarted { count suppressed }
			    referralRoutes { key label count suppressed }
			    byPattern { key count suppressed }
			    byHowKnown { key count suppressed } } } }""";

	@AfterEach
	void removeFixtures() {
		flow.cypher("MATCH (n) WHERE n.id STARTS WITH 'eval-' DETACH DELETE n", Map.of());
		flow.cypher("MATCH (n:EvaluationEntry|EvaluationNarrative) DETACH DELETE n", Map.of());
	}

	private Map<String, Object> evaluation(String user, int year) {
		return flow.ok(user, EVALUATION, Map.of("year", year), "evaluation");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> targets(Map<String, Object> evaluation) {
		return ((List<Map<String, Object>>) evaluation.get("businesses")).stream()
			.flatMap(business -> ((List<Map<String, Object>>) business.get("targets")).stream())
			.collect(Collectors.toMap(target -> (String) target.get("id"), target -> target));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> outcome(Map<String, Object> evaluation, String name) {
		return (Map<String, Object>) ((Map<String, Object>) evaluation.get("outcomes")).get(name);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> keyed(Map<String, Object> evaluation, String name) {
		return ((List<Map<String, Object>>) ((Map<String, Object>) evaluation.get("outcomes")).get(name)).stream()
			.collect(Collectors.toMap(row -> (String) row.get("key"), row -> row));
	}

	@Test
	void theDemoCitysYearMatchesAHandCount() {
		Map<String, Object> year = evaluation("dashboard", 2026);
		assertThat(year).containsEntry("fiscalYearName", "令和8年度")
			.containsEntry("withinPlanPeriod", true)
			.containsEntry("suppressionThreshold", 5);
		assertThat(year.get("plan"))
			.isEqualTo(Map.of("name", "第2期重層的支援体制整備事業実施計画", "firstYear", 2026, "lastYear", 2031));
		Map<String, Map<String, Object>> targets = targets(year);
		assertThat(targets).hasSize(19);
		assertThat(targets.get("community-care-meetings")).as("no 地域ケア会議 recorded: 記録なし, not 0")
			.containsEntry("target", 50)
			.containsEntry("actual", null)
			.containsEntry("actualSource", "NO_DATA")
			.containsEntry("ratio", null);
		assertThat(targets.get("hyakusai-taiso-groups")).as("いきいき百歳体操（山鹿）and（門田）")
			.containsEntry("actual", 2)
			.containsEntry("actualSource", "COMPUTED")
			.containsEntry("ratio", 0.032);
		assertThat(targets.get("multi-layer-meetings")).as("mtg-reita-plan (120 days ago), mtg-kasou-plan (180)")
			.containsEntry("actual", 2)
			.containsEntry("target", null)
			.containsEntry("targetText", "世帯の見込み数に応じて開催");
		assertThat(targets.get("support-meetings")).as("mtg-kariyama-support (45), mtg-tamesu-support (20)")
			.containsEntry("actual", 2);
		assertThat(targets.get("activity-centre-users")).as("架相 彩 at the 地域活動支援センター: one person")
			.containsEntry("actual", null)
			.containsEntry("suppressed", true);
		assertThat(targets.get("outreach-visits")).as("three visits, 10, 30 and 200 days ago: derived from persons")
			.containsEntry("actual", null)
			.containsEntry("suppressed", true)
			.containsEntry("previousYear", null);
		assertThat(targets.get("activity-centre-visits"))
			.as("ジョイ's sessions: the 85 weekdays of the 120 days before 2026-11-23, 12 + (days ago mod 5) each")
			.containsEntry("actual", 1190)
			.containsEntry("ratio", 0.361)
			.containsEntry("actualSource", "COMPUTED");
		assertThat(targets.get("disability-guidance")).as("entered by hand, not yet")
			.containsEntry("actualSource", "NO_DATA")
			.containsEntry("computed", false);
		for (String none : List.of("interprofessional-trainings", "disability-staff-development", "disability-liaison",
				"disability-case-reviews", "disability-chief-specialists", "participation-resources",
				"care-prevention-classes", "community-forums", "information-sharing-meetings", "staff-trainings")) {
			assertThat(targets.get(none)).as(none)
				.containsEntry("actualSource", "NO_DATA")
				.containsEntry("actual", null);
		}

		assertThat(outcome(year, "plansClosed")).containsEntry("count", 0).containsEntry("suppressed", false);
		assertThat(outcome(year, "participationStarted")).containsEntry("count", 0);
		assertThat(keyed(year, "referralRoutes")).as("ref-reita (125 days ago) and ref-kasou (185): one each")
			.containsOnlyKeys("CARE→OTHER", "POVERTY→OTHER")
			.allSatisfy((key, row) -> assertThat(row).containsEntry("count", null).containsEntry("suppressed", true));
		assertThat(keyed(year, "referralRoutes").get("CARE→OTHER")).containsEntry("label", "介護→多分野・その他");
		Map<String, Map<String, Object>> patterns = keyed(year, "byPattern");
		assertThat(patterns).as("households with a pattern and a case open in the year: 1 or 2 each")
			.allSatisfy((key, row) -> assertThat(row).containsEntry("suppressed", true));
		Map<String, Map<String, Object>> known = keyed(year, "byHowKnown");
		assertThat(known.get("WELFARE_COMMISSIONER")).as("signal-tamesu-1").containsEntry("suppressed", true);
		assertThat(known.get("LIFELINE")).as("signal-shimura-1").containsEntry("suppressed", true);
		assertThat(known.get("SELF")).as("no consultation in the demo").containsEntry("count", 0);
	}

	@Test
	void aPlanClosedInAprilCountsInTheNewYearWithItsGoalAttainment() {
		flow.cypher(
				"""
						CREATE (april:Meeting {id: 'eval-mtg-april', kind: 'MULTI_LAYER_MEETING', kinds: ['MULTI_LAYER_MEETING'],
						                       date: date('2026-04-02')})
						CREATE (march:Meeting {id: 'eval-mtg-march', kind: 'MULTI_LAYER_MEETING', kinds: ['MULTI_LAYER_MEETING'],
						                       date: date('2026-03-31')})
						WITH april, march
						UNWIND range(1, 6) AS i
						CREATE (h:Household {id: 'eval-hh-' + i})
						WITH april, march, h, i
						CALL (april, march, h, i) {
						  WITH april, march, h, i WHERE i <= 5
						  CREATE (april)-[:DISCUSSED {decision: 'CLOSE', planId: 'eval-plan-' + i,
						         goalAttainment: CASE WHEN i <= 3 THEN 'ACHIEVED' ELSE 'PARTLY_ACHIEVED' END}]->(h)
						  UNION
						  WITH april, march, h, i WHERE i = 6
						  CREATE (march)-[:DISCUSSED {decision: 'CLOSE', planId: 'eval-plan-6', goalAttainment: 'ACHIEVED'}]->(h)
						}
						""",
				Map.of());

		Map<String, Object> year = evaluation("coordinator", 2026);
		assertThat(outcome(year, "plansClosed")).as("closed on 2 April: this year, by the closing day")
			.containsEntry("count", 5)
			.containsEntry("suppressed", false)
			.containsEntry("previousYear", null)
			.containsEntry("previousSuppressed", true);
		Map<String, Map<String, Object>> attainment = keyed(year, "goalAttainment");
		assertThat(attainment.get("ACHIEVED")).as("3 achieved: below the threshold").containsEntry("suppressed", true);
		assertThat(attainment.get("UNRECORDED")).containsEntry("count", 0);
		assertThat(targets(year).get("multi-layer-meetings")).as("the demo's two and April's")
			.containsEntry("actual", 3)
			.containsEntry("previousYear", 1);
		assertThat(outcome(evaluation("coordinator", 2025), "plansClosed")).as("31 March closes the old year")
			.containsEntry("suppressed", true);
	}

	@Test
	void sessionsAttendanceAndParticipationThatLastsAreCountedForTheirYear() {
		flow.cypher(
				"""
						MATCH (joy:Activity {id: 'act-joy-sousaku'})
						CREATE (r:Resource {id: 'eval-res-hall', name: '公民館（評価）', kind: 'PUBLIC_FACILITY'})
						CREATE (class:Activity {id: 'eval-act-class', name: '介護予防教室（公民館）'})-[:HELD_AT]->(r)
						WITH joy, class
						UNWIND [['2026-05-10', 12], ['2026-06-14', 15], ['2026-07-12', 9], ['2026-03-08', 11]] AS held
						CREATE (:ActivitySession {id: 'eval-class-' + held[0], date: date(held[0]), attendees: held[1]})-[:OF]->(class)
						WITH DISTINCT joy
						UNWIND [['2026-04-20', 20], ['2026-09-01', 25]] AS held
						CREATE (:ActivitySession {id: 'eval-joy-' + held[0], date: date(held[0]), attendees: held[1]})-[:OF]->(joy)
						WITH DISTINCT joy
						MATCH (p:Person) WHERE p.id IN ['p-reita-kenichi', 'p-mihon-yumi', 'p-kariyama-naoko', 'p-tamesu-shigeru',
						                                'p-reino-kiyo', 'p-kasou-hiroshi']
						WITH joy, p ORDER BY p.id
						WITH joy, collect(p) AS people
						UNWIND range(0, size(people) - 1) AS i
						WITH joy, people[i] AS p, i
						CREATE (pm:ParticipationMatch {id: 'eval-match-' + i, started: date('2026-04-15'),
						        status: CASE WHEN i = 0 THEN 'ENDED' ELSE 'ACTIVE' END,
						        ended: CASE WHEN i = 0 THEN date('2026-06-01') ELSE null END})
						CREATE (pm)-[:FOR]->(p), (pm)-[:TO]->(joy)
						""",
				Map.of());

		Map<String, Object> year = evaluation("coordinator", 2026);
		Map<String, Map<String, Object>> targets = targets(year);
		assertThat(targets.get("care-prevention-classes")).as("three sessions this year; the March one was last year's")
			.containsEntry("actual", 3)
			.containsEntry("ratio", 0.005)
			.containsEntry("previousYear", 1);
		assertThat(targets.get("activity-centre-visits")).as("the demo's 1,190 and 20 + 25 more at ジョイ")
			.containsEntry("actual", 1235);
		assertThat(targets.get("activity-centre-users")).as("six matched and 架相 彩 taking part now")
			.containsEntry("actual", 7)
			.containsEntry("suppressed", false);
		assertThat(outcome(year, "participationStarted")).containsEntry("count", 6);
		Map<String, Object> after3 = flow.ok("coordinator",
				"{ evaluation(fiscalYear: 2026) { outcomes { reached3Months { count } stillAfter3Months { count } stillAfter6Months { count } } } }",
				Map.of(), "evaluation.outcomes");
		assertThat(after3).as("started 15 April: 15 July and 15 October are past; one ended on 1 June")
			.isEqualTo(Map.of("reached3Months", Map.of("count", 6), "stillAfter3Months", Map.of("count", 5),
					"stillAfter6Months", Map.of("count", 5)));
	}

	@Test
	void aFigureTheGraphCannotCountIsEnteredByHandWithWhoAndWhen() {
		Map<String, Object> entered = flow.ok("coordinator", """
				mutation { enterEvaluationActual(input: {targetId: "disability-guidance", fiscalYear: 2026, value: 40,
				  note: "基幹相談支援センターの集計より"}) { actual actualSource ratio enteredBy enteredAt note } }""", Map.of(),
				"enterEvaluationActual");
		assertThat(entered).containsEntry("actual", 40)
			.containsEntry("actualSource", "ENTERED")
			.containsEntry("ratio", 0.471)
			.containsEntry("note", "基幹相談支援センターの集計より");
		assertThat(entered.get("enteredBy")).asString().contains("（");
		assertThat(entered.get("enteredAt")).asString().matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}:\\d{2}");

		flow.ok("coordinator", """
				mutation { enterEvaluationNarrative(input: {business: OUTREACH, fiscalYear: 2026,
				  text: "長期のひきこもりの方への訪問は、家族との関係づくりから始めている。"}) { business } }""", Map.of(), "enterEvaluationNarrative");
		Map<String, Object> year = evaluation("dashboard", 2026);
		assertThat(targets(year).get("disability-guidance")).containsEntry("actual", 40);
		assertThat(String.valueOf(year.get("businesses"))).contains("長期のひきこもりの方への訪問は");

		Map<String, Object> computed = flow.error("coordinator",
				"""
						mutation { enterEvaluationActual(input: {targetId: "multi-layer-meetings", fiscalYear: 2026, value: 9}) {
						  actual } }""",
				Map.of());
		assertThat(computed).containsEntry("argument", "input.targetId").containsEntry("rule", "entered-by-hand");
		assertThat(flow.error("dashboard", """
				mutation { enterEvaluationNarrative(input: {business: OUTREACH, fiscalYear: 2026, text: "x"}) {
				  business } }""", Map.of())).as("the dashboard role reads, the coordinator enters")
			.containsKey("code");
		assertThat(flow.error("coordinator", "{ evaluation(fiscalYear: 1999) { fiscalYear } }", Map.of()))
			.containsEntry("argument", "fiscalYear");
		assertThat(flow.error("houkatsu3", "{ evaluation(fiscalYear: 2026) { fiscalYear } }", Map.of()))
			.as("a window's staff read cases, not the 事業's report")
			.containsEntry("code", "ROLE_NOT_ALLOWED");
	}

	@Test
	void goalAttainmentIsGivenOnlyWhenAMeetingClosesAPlan() {
		Map<String, Object> refused = flow.error("coordinator", """
				mutation { recordMeeting(input: {kind: SUPPORT_MEETING, date: "2026-11-20",
				  attendingAgencyIds: ["ag-chiiki-fukushi", "ag-kodomo"],
				  households: [{householdId: "hh-kariyama", decision: SHARE_INFORMATION, goalAttainment: ACHIEVED}]}) {
				  meetingId } }""", Map.of());
		assertThat(refused).containsEntry("argument", "input.households[0].goalAttainment")
			.containsEntry("rule", "at-closing");
	}

}
