package jp.jusou.graph.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IsolationCandidate label is kept on write: after every write of a random sequence
 * through the API (consultations — some brought by the family, on withdrawal — closing
 * and reopening cases, referrals, members joining and leaving, moves, participation and
 * its follow-up, visits at dates inside and outside the 180 days that met someone or not,
 * ties recorded and ended — some refused, which must change nothing), the labelled
 * persons, their home locations, last contact days and withdrawal equal a full recount
 * over the whole graph.
 */
@GraphApiTest
class IsolationCandidatesKeptTests extends WorkflowTest {

	/**
	 * The rule decided for every person from scratch, with the same fragment the writes
	 * keep it by; the last contact counted here from the visits that spoke with the
	 * person (met or phoned, naming them or nobody) and the consultations they brought
	 * themselves, and whether withdrawn from their open cases' consultations.
	 */
	static final String RECOUNT = CypherQueries.compose("""
			MATCH (p:Person)
			OPTIONAL MATCH (p)-[:MEMBER_OF]->(home:Household)
			WITH p, head(collect(home)) AS h
			WITH p, h WHERE {{isolation.candidate}}
			WITH p, h,
			     COLLECT { MATCH (v:Visit)-[:TO]->(h)
			               WHERE v.outcome IN ['MET', 'PHONE']
			                 AND (NOT EXISTS { (v)-[:MET]->(:Person) } OR EXISTS { (v)-[:MET]->(p) })
			               RETURN v.date }
			     + COLLECT { MATCH (p)<-[:ABOUT]-(:Case)-[:HAS_CONSULTATION]->(con:Consultation)
			                 WHERE coalesce(con.consultedBy, 'SELF') = 'SELF' RETURN con.date } AS contacts,
			     EXISTS { MATCH (c:Case {status: 'OPEN'})-[:ABOUT]->(p), (c)-[:HAS_CONSULTATION]->(con:Consultation)
			              WHERE 'ISOLATION' IN con.topics } AS withdrawn
			WITH p, h, withdrawn,
			     reduce(last = null, day IN contacts | CASE WHEN last IS NULL OR day > last THEN day ELSE last END)
			       AS lastVisit
			OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
			RETURN p.id + ' @ ' + toString(h.location) + ' in ' + coalesce(area.id, 'no area') + ' last visited '
			       + coalesce(toString(lastVisit), 'never') + CASE WHEN withdrawn THEN ' withdrawn' ELSE '' END
			       AS candidate""");

	static final String VISIT = "mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visitId } }";

	static final String TIE = "mutation($input: RecordTieInput!) { recordTie(input: $input) { id } }";

	static final String END_TIE = "mutation($input: EndTieInput!) { endTie(input: $input) { id } }";

	static final String FAMILY_CONSULTATION = """
			mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { householdId } }""";

	/** A demo household with an isolation candidate, for the visits to reach one. */
	static final String FIRST_CANDIDATE_HOUSEHOLD = """
			MATCH (:IsolationCandidate)-[:MEMBER_OF]->(h:Household)
			RETURN h.id AS id ORDER BY id LIMIT 1""";

	static final String KEPT = """
			MATCH (p:IsolationCandidate)
			RETURN p.id + ' @ ' + toString(p.homeLocation) + ' in ' + coalesce(p.homeAreaId, 'no area')
			       + ' last visited ' + coalesce(toString(p.lastVisitedOn), 'never')
			       + CASE WHEN p.isolationWithdrawn THEN ' withdrawn' ELSE '' END AS candidate""";

	/**
	 * The distinct sets of candidates seen, over every seed: the writes must have changed
	 * them at least once.
	 */
	private static final Set<Set<String>> statesSeen = ConcurrentHashMap.newKeySet();

	@AfterAll
	static void theWritesChangedWhoIsACandidate() {
		assertThat(statesSeen).as("the writes changed who is a candidate at least once").hasSizeGreaterThan(1);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void afterEveryWriteTheKeptLabelEqualsARecount(long seed) {
		assertKeptEqualsRecount("the demo city as loaded");
		Map<String, Object> intake = flow.ok("seikatsu", GraphQlDocuments.named("workflow/record-consultation-3"), Map
			.of("input", Map.of("newHousehold", Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "location",
					Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee",
					Map.of("name", "孤立 一郎", "nameKana", "コリツ イチロウ", "birthYear", 1962, "relation", "HEAD"), "others",
					List.of(Map.of("name", "孤立 子", "birthYear", 2015, "relation", "CHILD", "dependant", true))), "date",
					"2026-10-01", "fields", List.of("POVERTY"), "topics", List.of("MONEY"), "channel", "WALK_IN")),
				"recordConsultation");
		String household = (String) intake.get("householdId");
		flow.created(household);
		String caseId = (String) ((Map<?, ?>) intake.get("case")).get("id");
		assertKeptEqualsRecount("a new household registered");
		List<String> members = new ArrayList<>(flow
			.cypher("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id ORDER BY p.birthYear",
					Map.of("id", household))
			.stream()
			.map(row -> (String) row.get("id"))
			.toList());
		String consultee = members.get(0);
		flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/consent"),
				Map.of("subjectId", consultee, "decision", "PERMIT", "granteeAgencyIds", List.of("ag-outreach"),
						"meetingParticipants", false, "categories", List.of("POVERTY", "OTHER"), "purposes",
						List.of("PARTICIPATION_MATCHING"), "validFrom", "2026-10-01", "validTo", "2027-09-30",
						"verification", "SIGNED"));
		List<String> matches = new ArrayList<>();
		List<String> ties = new ArrayList<>();
		List<String> visited = List.of(household,
				(String) flow.cypher(FIRST_CANDIDATE_HOUSEHOLD, Map.of()).get(0).get("id"));
		Random random = new Random(seed);
		List<Consumer<Random>> writes = List.of(
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/close-case"),
						Map.of("caseId", caseId, "date", "2026-11-0" + (1 + r.nextInt(5)), "reason", "終結")),
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/reopen-case"),
						Map.of("caseId", caseId, "date", "2026-11-1" + r.nextInt(5), "reason", "再相談")),
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/refer-5"),
						Map.of("caseId", caseId, "toAgencyId", "ag-shouhi", "reason", "多重債務の相談", "date", "2026-10-21")),
				r -> {
					Map<?, ?> added = flow.attempt("seikatsu", "CASE_WORK",
							GraphQlDocuments.named("workflow/add-household-member"),
							Map.of("householdId", household, "member",
									Map.of("name", "孤立 同居人", "birthYear", 1940 + r.nextInt(60), "relation", "OTHER"),
									"date", "2026-10-02"));
					if (added != null && added.get("change") instanceof Map<?, ?> record) {
						members.add((String) record.get("personId"));
					}
				},
				r -> flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/record-member-leaving"),
						Map.of("householdId", household, "personId", members.get(r.nextInt(members.size())), "reason",
								"MOVED_OUT", "date", "2026-10-03")),
				r -> {
					// a new location, a new area, or both (the candidate keeps both)
					Map<String, Object> move = new HashMap<>(
							Map.of("householdId", household, "address", "福島県会津若松市（架空の転居先）", "date", "2026-10-04"));
					boolean newArea = r.nextBoolean();
					if (!newArea || r.nextBoolean()) {
						move.put("location", Map.of("latitude", 37.49 + r.nextDouble() / 100, "longitude",
								139.93 + r.nextDouble() / 100));
					}
					if (newArea) {
						move.put("areaId", List.of("area-w1", "area-w2", "area-w3", "area-w4").get(r.nextInt(4)));
					}
					flow.attempt("seikatsu", "CASE_WORK", GraphQlDocuments.named("workflow/move-household-2"), move);
				}, r -> flow.attemptMatch(consultee, "act-hub-cafe", "2026-11-02", matches), r -> {
					Map<?, ?> visit = flow.attempt("csw", "OUTREACH", GraphQlDocuments.named("workflow/record-visit"),
							Map.of("householdId", visited.get(r.nextInt(visited.size())), "date",
									LocalDate.of(2026, 11, 23).minusDays(r.nextInt(400)).toString(), "outcome",
									"NOT_MET"));
					if (visit != null && visit.get("visitId") instanceof String visitId) {
						flow.createdOutreachRecord(visitId);
					}
				}, r -> flow.attemptFollowUp(matches, r, "2026-11-09"), r -> {
					// a visit by the window holding the case: contact or not, naming whom
					// it met or nobody
					Map<String, Object> input = new HashMap<>(Map.of("householdId", household, "date",
							LocalDate.of(2026, 11, 23).minusDays(r.nextInt(300)).toString(), "outcome",
							List.of("MET", "PHONE", "THROUGH_FAMILY").get(r.nextInt(3))));
					if (r.nextBoolean()) {
						input.put("metPersonIds", List.of(members.get(r.nextInt(members.size()))));
					}
					Map<?, ?> visit = flow.attempt("seikatsu", "CASE_WORK", VISIT, input);
					if (visit != null && visit.get("visitId") instanceof String visitId) {
						flow.createdOutreachRecord(visitId);
					}
				}, r -> {
					Map<?, ?> tie = flow.attempt("seikatsu", "CASE_WORK", TIE,
							Map.of("personId", members.get(r.nextInt(members.size())), "kind", "WATCHING",
									"watcherRole", "NEIGHBOUR", "watcherName", "見守 隣人", "frequency", "WEEKLY", "since",
									"2026-09-01"));
					if (tie != null) {
						ties.add((String) tie.get("id"));
					}
				}, r -> {
					if (!ties.isEmpty()) {
						flow.attempt("seikatsu", "CASE_WORK", END_TIE, Map.of("tieId",
								ties.remove(r.nextInt(ties.size())), "date", "2026-11-20", "reason", "転居"));
					}
				},
				r -> flow.attempt("seikatsu", "CASE_WORK", FAMILY_CONSULTATION,
						Map.of("personId", members.get(r.nextInt(members.size())), "date", "2026-10-2" + r.nextInt(8),
								"fields", List.of("POVERTY"), "topics", List.of("ISOLATION"), "channel", "PHONE",
								"consultedBy", r.nextBoolean() ? "FAMILY" : "SELF")));
		for (int step = 0; step < 40; step++) {
			int which = random.nextInt(writes.size());
			writes.get(which).accept(random);
			assertKeptEqualsRecount("seed " + seed + ", step " + step + ", write " + which);
		}
	}

	/**
	 * A candidate's household moving to another area at the same location (moved by the
	 * agency of her dependant son's open case; she has none): she keeps the new area (the
	 * dashboard subtracts the candidates visited lately by it).
	 */
	@Test
	void aCandidateKeepsTheAreaItsHouseholdMovesTo() {
		Map<String, Object> intake = flow.ok("seikatsu", GraphQlDocuments.named("workflow/record-consultation-4"),
				Map.of("input", Map.of("newHousehold",
						Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "location",
								Map.of("latitude", 37.4936, "longitude", 139.9316), "consultee",
								Map.of("name", "転居 息子", "birthYear", 1975, "relation", "CHILD", "dependant", true),
								"others", List.of(Map.of("name", "転居 花子", "birthYear", 1948, "relation", "HEAD"))),
						"date", "2026-10-01", "fields", List.of("POVERTY"), "topics", List.of("MONEY"), "channel",
						"WALK_IN")),
				"recordConsultation");
		String household = (String) intake.get("householdId");
		flow.created(household);
		String mother = (String) flow
			.cypher("MATCH (p:Person {name: '転居 花子'})-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id",
					Map.of("id", household))
			.get(0)
			.get("id");
		assertKeptEqualsRecount("a mother living only with her dependant son");
		assertThat(candidates(KEPT))
			.anyMatch(candidate -> candidate.startsWith(mother + " @ ") && candidate.contains(" in area-w2 "));
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/move-household-2"), Map.of("input", Map.of("householdId",
				household, "address", "福島県会津若松市（架空の所在地）", "areaId", "area-w4", "date", "2026-10-06")), "moveHousehold");
		assertKeptEqualsRecount("the household moved to another area");
		assertThat(candidates(KEPT))
			.anyMatch(candidate -> candidate.startsWith(mother + " @ ") && candidate.contains(" in area-w4 "));
	}

	private void assertKeptEqualsRecount(String after) {
		Set<String> kept = candidates(KEPT);
		assertThat(kept).as("kept IsolationCandidate labels after " + after).isEqualTo(candidates(RECOUNT));
		statesSeen.add(kept);
	}

	private Set<String> candidates(String query) {
		Set<String> candidates = new HashSet<>();
		flow.cypher(query, Map.of()).forEach(row -> candidates.add((String) row.get("candidate")));
		return candidates;
	}

}
