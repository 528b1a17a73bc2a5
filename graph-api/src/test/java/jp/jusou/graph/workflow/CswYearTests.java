package jp.jusou.graph.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Toshima's four CSW figures (003: 相談会開催数, 相談者数, 訪問実件数, 延件数) computed, not typed: a
 * generated fiscal year of the CSW's work — sessions at a 相談会 and at a cafe that is not
 * one, visits to households (each counted once in the year however often visited), a
 * consultation taken at a session, and records just outside the year or by another agency
 * — gives exactly the counts kept while generating it.
 */
@GraphApiTest
class CswYearTests extends WorkflowTest {

	static final String YEAR = """
			{ cswYear(fiscalYear: 2025) { fiscalYear agency { id } consultationSessions consulters consultationsTaken
			    householdsVisited visits contactVisits sessionsHeld attendees } }""";

	static final String SESSION = """
			mutation($input: RecordActivitySessionInput!) { recordActivitySession(input: $input) {
			  id date attendees consulters consultationsTaken agencyName staffNames } }""";

	static final String VISIT = "mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visitId } }";

	static final List<String> HOUSEHOLDS = List.of("hh-reita", "hh-kakuno", "hh-tamesu", "hh-shimura", "hh-kariya");

	static final List<String> OUTCOMES = List.of("MET", "PHONE", "NOT_MET", "LETTER_LEFT", "THROUGH_FAMILY");

	static final LocalDate APRIL_FIRST = LocalDate.of(2025, 4, 1);

	@Test
	void aGeneratedYearOfCswWorkGivesTheFiguresCountedWhileGeneratingIt() {
		Map<String, Object> before = flow.ok("csw", YEAR, Map.of(), "cswYear");
		Map<String, Integer> expected = new HashMap<>();
		Random random = new Random(34);
		String firstConsultationSession = null;
		for (int i = 0; i < 24; i++) {
			boolean consultation = random.nextBoolean();
			int attendees = 3 + random.nextInt(18);
			Integer consulters = consultation ? random.nextInt(attendees + 1) : null;
			String id = session(consultation ? "act-hub-soudan" : "act-hub-cafe",
					APRIL_FIRST.plusDays(random.nextInt(365)), attendees, consulters);
			expected.merge("sessionsHeld", 1, Integer::sum);
			expected.merge("attendees", attendees, Integer::sum);
			if (consultation) {
				expected.merge("consultationSessions", 1, Integer::sum);
				expected.merge("consulters", consulters, Integer::sum);
				firstConsultationSession = firstConsultationSession == null ? id : firstConsultationSession;
			}
		}
		session("act-hub-soudan", APRIL_FIRST.minusDays(1), 9, 4);
		session("act-hub-soudan", APRIL_FIRST.plusYears(1), 9, 4);

		Set<String> visited = new HashSet<>();
		for (int i = 0; i < 40; i++) {
			String household = HOUSEHOLDS.get(random.nextInt(HOUSEHOLDS.size()));
			String outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
			visit("csw", household, APRIL_FIRST.plusDays(random.nextInt(365)), outcome);
			visited.add(household);
			expected.merge("visits", 1, Integer::sum);
			expected.merge("contactVisits", outcome.equals("MET") || outcome.equals("PHONE") ? 1 : 0, Integer::sum);
		}
		visit("csw", "hh-reita", APRIL_FIRST.minusDays(1), "MET");
		visit("csw", "hh-reikawa", APRIL_FIRST.plusYears(1), "MET");
		visit("seikatsu", "hh-reikawa", APRIL_FIRST.plusDays(100), "MET");

		Map<String, Object> taken = flow.ok("csw",
				"mutation($input: RecordConsultationInput!) {"
						+ " recordConsultation(input: $input) { householdId consultation { channel } } }",
				Map.of("input",
						Map.of("newHousehold", Map.of("areaId", "area-w2", "address", "相談会町1-1（架空）", "consultee",
								Map.of("name", "相談 会子", "birthYear", 1960, "relation", "HEAD"), "confirmNew", true),
								"date", "2025-06-01", "fields", List.of("OTHER"), "topics", List.of("ISOLATION"),
								"channel", "CONSULTATION_EVENT", "sessionId", firstConsultationSession)),
				"recordConsultation");
		flow.created((String) taken.get("householdId"));
		expected.put("consultationsTaken", 1);

		Map<String, Object> after = flow.ok("csw", YEAR, Map.of(), "cswYear");
		assertThat(after).containsEntry("fiscalYear", 2025).containsEntry("agency", Map.of("id", "ag-outreach"));
		for (String figure : List.of("sessionsHeld", "attendees", "consultationSessions", "consulters",
				"consultationsTaken", "visits", "contactVisits")) {
			assertThat(((Number) after.get(figure)).intValue() - ((Number) before.get(figure)).intValue()).as(figure)
				.isEqualTo(expected.getOrDefault(figure, 0));
		}
		int householdsBefore = ((Number) before.get("householdsVisited")).intValue();
		int householdsAfter = ((Number) after.get("householdsVisited")).intValue();
		assertThat(householdsAfter).as("訪問実件数: each household once in the year")
			.isBetween(visited.size(), householdsBefore + visited.size());
		if (householdsBefore == 0) {
			assertThat(householdsAfter).isEqualTo(visited.size());
		}
	}

	@Test
	void aSessionIsRecordedWithItsCountsAndBadInputNamesItsField() {
		Map<String, Object> recorded = flow.ok("csw", SESSION, Map.of("input", Map.of("activityId", "act-hub-soudan",
				"date", "2026-11-18", "attendees", 12, "consulters", 5, "note", "雨天")), "recordActivitySession");
		flow.createdOutreachRecord((String) recorded.get("id"));
		assertThat(recorded).containsEntry("attendees", 12)
			.containsEntry("consulters", 5)
			.containsEntry("consultationsTaken", 0)
			.containsEntry("staffNames", List.of("例山 花子（CSW）"));
		assertThat(flow.error("csw", SESSION,
				Map.of("input",
						Map.of("activityId", "act-hub-soudan", "date", "2026-11-18", "attendees", 3, "consulters", 5))))
			.containsEntry("argument", "input.consulters");
		assertThat(flow.error("csw", SESSION, Map.of("input", Map.of("activityId", "act-hub-soudan", "date",
				"2026-11-18", "attendees", 3, "staffIds", List.of("st-seikatsu")))))
			.containsEntry("argument", "input.staffIds");
		assertThat(flow.error("csw", SESSION,
				Map.of("input", Map.of("activityId", "act-nowhere", "date", "2026-11-18", "attendees", 3))))
			.containsEntry("argument", "input.activityId");
		Map<String, Object> listed = flow.ok("dashboard", null,
				"{ activitySessions(activityId: \"act-hub-soudan\") { from to held attendees consulters } }", Map.of(),
				"activitySessions");
		assertThat(listed).containsEntry("from", "2026-04-01").containsEntry("to", "2027-03-31");
		assertThat(((Number) listed.get("held")).intValue()).isGreaterThanOrEqualTo(1);
	}

	private String session(String activityId, LocalDate date, int attendees, Integer consulters) {
		Map<String, Object> input = new HashMap<>(
				Map.of("activityId", activityId, "date", date.toString(), "attendees", attendees));
		if (consulters != null) {
			input.put("consulters", consulters);
		}
		String id = (String) flow
			.<Map<String, Object>>ok("csw", SESSION, Map.of("input", input), "recordActivitySession")
			.get("id");
		flow.createdOutreachRecord(id);
		return id;
	}

	private void visit(String user, String householdId, LocalDate date, String outcome) {
		String id = (String) flow
			.<Map<String, Object>>ok(user, "OUTREACH", VISIT,
					Map.of("input", Map.of("householdId", householdId, "date", date.toString(), "outcome", outcome)),
					"recordVisit")
			.get("visitId");
		flow.createdOutreachRecord(id);
	}

}
