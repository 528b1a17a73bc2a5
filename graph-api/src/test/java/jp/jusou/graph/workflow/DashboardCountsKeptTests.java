package jp.jusou.graph.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's monthly counts are kept on write: after every write of a random
 * sequence through the API (consultations at two windows, referrals, meetings with and
 * without households, plan decisions, visits, moves to another area, members joining and
 * leaving, participation and its follow-up, resources created, moved, changed in kind and
 * given activities — some refused, which must change nothing), what dashboard.cypher
 * reads equals dashboard-recount.cypher, the whole city counted from scratch, over all
 * months.
 */
@GraphApiTest
class DashboardCountsKeptTests extends WorkflowTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final List<String> AREAS = List.of("area-w1", "area-w2", "area-w3", "area-w4", "area-w5");

	/**
	 * The distinct kept states seen, over every run: the writes must have changed the
	 * counts.
	 */
	private static final Set<List<String>> statesSeen = ConcurrentHashMap.newKeySet();

	@Autowired
	CypherQueries queries;

	@AfterAll
	static void theWritesChangedTheCounts() {
		assertThat(statesSeen).as("the writes changed the kept counts").hasSizeGreaterThan(5);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void afterEveryWriteTheKeptCountsEqualARecount(long seed) {
		assertKeptEqualsRecount("the demo city as loaded");
		Household household = newHouseholdReferredToCoordination();
		List<String> members = new ArrayList<>(List.of(household.person(), household.mother()));
		List<String> matches = new ArrayList<>();
		// the resources the sequence creates, moved, changed in kind and given activities
		// at random (a moved resource takes its activities to its new area)
		List<String> resources = new ArrayList<>();
		Random random = new Random(seed);
		List<Consumer<Random>> writes = List.of(
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/record-consultation-2"),
						Map.of("personId", household.person(), "date", day(r, 50), "fields",
								List.of(r.nextBoolean() ? "POVERTY" : "HOUSING"), "topics", List.of("MONEY"), "channel",
								"PHONE")),
				r -> flow.attempt("houkatsu1", "CASE_WORK", GraphQlDocuments.named("workflow/record-consultation-2"),
						Map.of("personId", household.mother(), "asTold", Map.of("name", "集計 母", "birthYear", 1948),
								"date", day(r, 50), "fields", List.of("CARE"), "topics", List.of("CARE"), "channel",
								"WALK_IN")),
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/refer-5"),
						Map.of("caseId", household.caseId(), "toAgencyId", "ag-shouhi", "reason", "多重債務の相談", "date",
								day(r, 50))),
				r -> flow.attempt("coordinator", "PLAN_DELIBERATION",
						GraphQlDocuments.named("workflow/record-meeting-2"),
						Map.of("kind", "MULTI_LAYER_MEETING", "date", day(r, 50), "attendingAgencyIds",
								List.of("ag-seikatsu"), "households",
								List.of(Map.of("householdId", household.id(), "decision",
										List.of("APPROVE_PLAN", "REPLAN", "SUSPEND").get(r.nextInt(3)), "planId",
										household.planId())))),
				r -> flow.attempt("coordinator", "PLAN_DELIBERATION",
						GraphQlDocuments.named("workflow/record-meeting-2"),
						Map.of("kind", "INFORMATION_SHARING_MEETING", "date", day(r, 400), "attendingAgencyIds",
								List.of("ag-seikatsu"))),
				r -> flow.attempt("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-visit"),
						Map.of("householdId", household.id(), "date", day(r, 400), "outcome",
								r.nextBoolean() ? "MET" : "NOT_MET")),
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/move-household-2"),
						Map.of("householdId", household.id(), "address", "福島県会津若松市（架空の転居先）", "areaId",
								AREAS.get(r.nextInt(AREAS.size())), "date", "2026-11-04")),
				r -> {
					Map<?, ?> added = flow.attempt("seikatsu", "CASE_WORK",
							GraphQlDocuments.named("workflow/add-household-member"),
							Map.of("householdId", household.id(), "member",
									Map.of("name", "集計 同居人", "birthYear", 1940 + r.nextInt(60), "relation", "OTHER"),
									"date", "2026-11-02"));
					if (added != null && added.get("change") instanceof Map<?, ?> change) {
						members.add((String) change.get("personId"));
					}
				},
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/record-member-leaving"),
						Map.of("householdId", household.id(), "personId", members.get(r.nextInt(members.size())),
								"reason", "MOVED_OUT", "date", "2026-11-03")),
				r -> flow.attemptMatch(household.person(), "act-hub-cafe", day(r, 20), matches),
				r -> flow.attemptFollowUp(matches, r, "2026-11-20"), r -> {
					Map<?, ?> created = flow.attempt("csw", "CASE_WORK",
							GraphQlDocuments.named("workflow/create-resource-2"), resource(r, "集計テスト資源（架空）"));
					if (created != null) {
						resources.add((String) created.get("id"));
						flow.createdResource((String) created.get("id"));
					}
				}, r -> {
					if (!resources.isEmpty()) {
						flow.attemptWith("csw", "CASE_WORK", GraphQlDocuments.named("workflow/update-resource-2"), Map
							.of("id", resources.get(r.nextInt(resources.size())), "input", resource(r, "集計テスト資源（変更）")));
					}
				}, r -> {
					if (!resources.isEmpty()) {
						flow.attempt("csw", "CASE_WORK", GraphQlDocuments.named("workflow/create-activity-2"),
								Map.of("resourceId", resources.get(r.nextInt(resources.size())), "name", "集計テスト活動",
										"rrule", "FREQ=WEEKLY;BYDAY=TU", "startTime", "10:00", "endTime", "11:00"));
					}
				});
		for (int step = 0; step < 30; step++) {
			int which = random.nextInt(writes.size());
			writes.get(which).accept(random);
			assertKeptEqualsRecount("seed " + seed + ", step " + step + ", write " + which);
		}
	}

	/**
	 * Writers of one household take turns on its share, and writers of two households
	 * meet on the same cells (same area and month): after 40 visits from 8 threads at
	 * once, none refused, the cells hold every visit once.
	 */
	@Test
	void concurrentWritersNeitherLoseNorDoubleACount() throws Exception {
		List<String> households = List.of(newHouseholdReferredToCoordination().id(),
				newHouseholdReferredToCoordination().id());
		List<String> before = assertKeptEqualsRecount("two new households");
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Map<?, ?>>> visits = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String household = households.get(i % 2);
				String date = "2026-11-" + (10 + i % 10);
				visits.add(threads
					.submit(() -> flow.attempt("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-visit"),
							Map.of("householdId", household, "date", date, "outcome", "MET"))));
			}
			for (Future<Map<?, ?>> visit : visits) {
				assertThat(visit.get()).as("every visit recorded (none lost to a deadlock)").isNotNull();
			}
		}
		finally {
			threads.shutdown();
		}
		List<String> after = assertKeptEqualsRecount("40 concurrent visits");
		assertThat(visitsIn(after, "2026-11") - visitsIn(before, "2026-11")).isEqualTo(40);
	}

	private static long visitsIn(List<String> cells, String month) {
		return cells.stream()
			.filter(cell -> cell.startsWith("VISITS|area-w2|null|" + month + " = "))
			.mapToLong(cell -> Long.parseLong(cell.substring(cell.indexOf(" = ") + 3)))
			.sum();
	}

	@Test
	void aReferralRouteFollowsItsAgencysField() {
		Household household = newHouseholdReferredToCoordination();
		String save = "mutation($input: SaveAgencyInput!) { saveAgency(input: $input) { id } }";
		Map<String, Object> agency = new HashMap<>(
				Map.of("name", "集計テスト相談窓口（架空）", "kind", "相談窓口", "field", "CONSUMER", "components", List.of(1),
						"operation", "DIRECT", "location", Map.of("latitude", 37.49, "longitude", 139.93)));
		String agencyId = (String) flow.<Map<String, Object>>ok("admin", save, Map.of("input", agency), "saveAgency")
			.get("id");
		try {
			flow.ok("seikatsu", GraphQlDocuments.named("workflow/refer-5"), Map.of("input", Map.of("caseId",
					household.caseId(), "toAgencyId", agencyId, "reason", "消費者被害の相談", "date", "2026-11-10")), "refer");
			assertThat(assertKeptEqualsRecount("a referral to the new agency"))
				.contains("REFERRAL_ROUTES|area-w2|POVERTY→CONSUMER|2026-11 = 1");
			agency.remove("location");
			agency.put("id", agencyId);
			agency.put("field", "HOUSING");
			flow.ok("admin", save, Map.of("input", agency), "saveAgency");
			assertThat(assertKeptEqualsRecount("the agency's field changed"))
				.contains("REFERRAL_ROUTES|area-w2|POVERTY→HOUSING|2026-11 = 1")
				.noneMatch(cell -> cell.startsWith("REFERRAL_ROUTES|area-w2|POVERTY→CONSUMER|2026-11"));
			// an agencies file writes the field outside the service;
			// the import command then decides the counts afresh
			flow.cypher("MATCH (a:Agency {id: $id}) SET a.field = 'EDUCATION'", Map.of("id", agencyId));
			keptFacts.afterAgencyImport();
			assertThat(assertKeptEqualsRecount("an agencies file changed the field"))
				.contains("REFERRAL_ROUTES|area-w2|POVERTY→EDUCATION|2026-11 = 1");
		}
		finally {
			flow.cypher("MATCH (a:Agency {id: $id}) DETACH DELETE a", Map.of("id", agencyId));
		}
	}

	/**
	 * A file import writes without the per-write upkeep (the events file's activities at
	 * their venue, the agencies file's fields): after it the import command asks for the
	 * counts to be decided afresh, and they equal a recount again.
	 */
	@Test
	void anImportIsCountedWhenItEnds() {
		String resourceId = flow.ok("csw", GraphQlDocuments.named("workflow/create-resource-2"),
				Map.of("input", Map.of("name", "集計テスト会場（架空）", "kind", "SALON", "areaId", "area-w5", "location",
						Map.of("latitude", 37.49, "longitude", 139.93))),
				"createResource.id");
		flow.createdResource(resourceId);
		long before = value(assertKeptEqualsRecount("a new resource"), "ACTIVITIES|area-w5|null|null");
		flow.cypher("""
				MATCH (r:Resource {id: $id})
				CREATE (:Activity {id: $id + '-imported', name: '取込イベント（架空）'})-[:HELD_AT]->(r)""",
				Map.of("id", resourceId));
		keptFacts.afterOpenDataImport();
		assertThat(value(assertKeptEqualsRecount("an activity imported at it"), "ACTIVITIES|area-w5|null|null"))
			.isEqualTo(before + 1);
	}

	private static long value(List<String> cells, String cell) {
		return cells.stream()
			.filter(kept -> kept.startsWith(cell + " = "))
			.mapToLong(kept -> Long.parseLong(kept.substring(kept.indexOf(" = ") + 3)))
			.sum();
	}

	/**
	 * A new household whose consultee's case was referred to the 多機関協働 body, which
	 * drafted a plan.
	 */
	private Household newHouseholdReferredToCoordination() {
		Map<String, Object> intake = flow.ok("seikatsu", GraphQlDocuments.named("workflow/record-consultation"), Map.of(
				"input",
				Map.of("newHousehold", Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "location",
						Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee",
						Map.of("name", "集計 一郎", "birthYear", 1975, "relation", "HEAD"), "others",
						List.of(Map.of("name", "集計 母", "birthYear", 1948, "relation", "MOTHER")), "confirmNew", true),
						"date", "2026-10-01", "fields", List.of("POVERTY"), "topics", List.of("MONEY"), "channel",
						"WALK_IN")),
				"recordConsultation");
		String id = (String) intake.get("householdId");
		flow.created(id);
		String caseId = (String) ((Map<?, ?>) intake.get("case")).get("id");
		String person = member(id, "集計 一郎");
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/consent"),
				Map.of("input",
						Map.of("subjectId", person, "decision", "PERMIT", "granteeAgencyIds",
								List.of(Workflow.COORDINATOR_AGENCY, "ag-outreach"), "meetingParticipants", true,
								"categories", List.of("POVERTY", "CARE", "OTHER"), "purposes",
								List.of("CASE_WORK", "PLAN_DELIBERATION", "PARTICIPATION_MATCHING"), "validFrom",
								"2026-10-02", "validTo", "2027-10-01", "verification", "SIGNED")),
				"recordConsent");
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/refer-to-coordination"), Map.of("input", Map.of("caseId",
				caseId, "coordinatorAgencyId", Workflow.COORDINATOR_AGENCY, "reason", "家計と母の介護", "date", "2026-10-05")),
				"referToCoordination");
		String planId = (String) ((Map<?, ?>) flow
			.<Map<String, Object>>ok("coordinator", "PLAN_DELIBERATION",
					GraphQlDocuments.named("workflow/create-plan-2"),
					Map.of("input", Map.of("householdId", id, "goals", List.of("家計の立て直し"), "monitoringDate",
							"2027-03-01", "roles", List.of(Map.of("agencyId", "ag-seikatsu", "personId", person,
									"field", "POVERTY", "role", "家計改善支援")))),
					"createPlan")
			.get("plan")).get("id");
		return new Household(id, caseId, person, member(id, "集計 母"), planId);
	}

	private record Household(String id, String caseId, String person, String mother, String planId) {
	}

	/** A resource in a random area (or none) of a random kind. */
	private static Map<String, Object> resource(Random random, String name) {
		Map<String, Object> input = new HashMap<>(Map.of("name", name, "kind",
				List.of("SALON", "KAYOI_NO_BA", "CHILDRENS_CAFETERIA").get(random.nextInt(3)), "location",
				Map.of("latitude", 37.49, "longitude", 139.93)));
		int area = random.nextInt(AREAS.size() + 1);
		if (area < AREAS.size()) {
			input.put("areaId", AREAS.get(area));
		}
		return input;
	}

	private String member(String householdId, String name) {
		return (String) flow
			.cypher("MATCH (p:Person {name: $name})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("id", householdId, "name", name))
			.get(0)
			.get("id");
	}

	/** A day within {@code days} before today. */
	private static String day(Random random, int days) {
		return TODAY.minusDays(random.nextInt(days)).toString();
	}

	/**
	 * Asserts the kept counts equal the recount over all months; returns the kept cells.
	 */
	private List<String> assertKeptEqualsRecount(String after) {
		Map<String, Object> today = Map.of("year", TODAY.getYear(), "minimumAge", 65, "withdrawnMinimumAge", 15,
				"visitSince", TODAY.minusDays(180));
		Map<String, Object> kept = new HashMap<>(today);
		kept.putAll(Map.of("fromMonth", "2000-01", "toMonth", "2099-12"));
		Map<String, Object> recount = new HashMap<>(today);
		recount.putAll(Map.of("from", LocalDate.of(2000, 1, 1), "to", LocalDate.of(2099, 12, 31)));
		List<String> keptCells = cells(queries.get("dashboard"), kept);
		assertThat(keptCells).as("kept dashboard counts after " + after)
			.isEqualTo(cells(queries.get("dashboard-recount"), recount));
		statesSeen.add(keptCells);
		return keptCells;
	}

	private List<String> cells(String query, Map<String, Object> parameters) {
		return flow.cypher(query, parameters)
			.stream()
			.map(row -> row.get("metric") + "|" + row.get("areaId") + "|" + row.get("key") + "|" + row.get("month")
					+ " = " + row.get("value"))
			.toList();
	}

}
