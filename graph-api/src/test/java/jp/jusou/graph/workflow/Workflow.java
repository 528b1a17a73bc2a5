package jp.jusou.graph.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jp.jusou.graph.audit.AuditJournalShipper;
import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphQlDocuments;
import jp.jusou.graph.support.GraphRows;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays the 重層 workflow through the API as the demo users, and removes what a scenario
 * wrote afterwards so the shared demo city stays as the other test classes expect it (and
 * decides the kept facts afresh, since the removal is a bulk write outside the service).
 */
public final class Workflow {

	static final String COORDINATOR_AGENCY = "ag-chiiki-fukushi";

	private final DemoUsers users;

	private final Driver driver;

	private final KeptFactsRebuild keptFacts;

	private final GraphRows graph;

	private final List<String> households = new ArrayList<>();

	private final List<String> resources = new ArrayList<>();

	private final List<String> outreachRecords = new ArrayList<>();

	public Workflow(DemoUsers users, Driver driver, KeptFactsRebuild keptFacts, AuditJournalShipper auditShipper) {
		this.users = users;
		this.graph = new GraphRows(driver, auditShipper);
		this.driver = driver;
		this.keptFacts = keptFacts;
	}

	/**
	 * Runs {@code document} as {@code user} for {@code purpose}; returns the data at
	 * {@code path}.
	 */
	@SuppressWarnings("unchecked")
	public <T> T ok(String user, String purpose, String document, Map<String, Object> variables, String path) {
		var request = users.as(user, purpose).document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return (T) request.execute().path(path).entity(Object.class).get();
	}

	public <T> T ok(String user, String document, Map<String, Object> variables, String path) {
		return ok(user, "CASE_WORK", document, variables, path);
	}

	/**
	 * Runs the mutation {@code document} with {@code input} as {@code user} for
	 * {@code purpose}, where a refusal is an acceptable outcome (a random sequence of
	 * writes): returns the mutation's data, or null when it was refused.
	 */
	Map<?, ?> attempt(String user, String purpose, String document, Map<String, Object> input) {
		return attemptWith(user, purpose, document, Map.of("input", input));
	}

	/** {@link #attempt} with every variable given. */
	Map<?, ?> attemptWith(String user, String purpose, String document, Map<String, Object> variables) {
		var request = users.as(user, purpose).document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		var response = request.execute();
		List<Object> refused = new ArrayList<>();
		response.errors().satisfy(refused::addAll);
		if (!refused.isEmpty()) {
			return null;
		}
		String field = document.substring(document.indexOf('{') + 1, document.indexOf('(', document.indexOf('{')))
			.strip();
		return response.path(field).entity(Map.class).get();
	}

	/**
	 * Attempts a CSW's participation match of the person to an activity; adds the match's
	 * id to {@code matches}.
	 */
	void attemptMatch(String personId, String activityId, String startDate, List<String> matches) {
		Map<?, ?> matched = attempt("csw", "PARTICIPATION_MATCHING",
				GraphQlDocuments.named("workflow/match-participation"),
				Map.of("personId", personId, "activityId", activityId, "startDate", startDate));
		if (matched != null && matched.get("match") instanceof Map<?, ?> match) {
			matches.add((String) match.get("id"));
		}
	}

	/**
	 * Attempts a CSW's follow-up of one of {@code matches}, chosen at random, ending it
	 * or not.
	 */
	void attemptFollowUp(List<String> matches, Random random, String date) {
		if (!matches.isEmpty()) {
			attempt("csw", "PARTICIPATION_MATCHING", GraphQlDocuments.named("workflow/record-follow-up"),
					Map.of("matchId", matches.get(random.nextInt(matches.size())), "party", "PERSON", "date", date,
							"outcome", random.nextBoolean() ? "ENDED" : "CONTINUING"));
		}
	}

	/**
	 * Runs {@code document}, expects exactly one error, and returns its extensions (code,
	 * argument, rule).
	 */
	Map<String, Object> error(String user, String document, Map<String, Object> variables) {
		var request = users.as(user).document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		List<ResponseError> errors = new ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getMessage()).doesNotContain("Exception", "MATCH ", "jp.jusou");
		return errors.get(0).getExtensions();
	}

	/** A household the 生活困窮 window registered at a first consultation, and its case. */
	public record Registered(String householdId, String caseId) {
	}

	/**
	 * Registers, as the 生活困窮 window (seikatsu) on 2026-10-01 in area-w2, a household of
	 * one person who came about money, at a point near the area's hub; it is removed
	 * after the test.
	 */
	public Registered registeredAtTheWindow(String name, int birthYear, String address) {
		Map<String, Object> intake = ok("seikatsu", GraphQlDocuments.named("workflow/record-consultation"),
				Map.of("input",
						Map.of("newHousehold",
								Map.of("areaId", "area-w2", "address", address, "location",
										Map.of("latitude", 37.4935, "longitude", 139.9315), "consultee",
										Map.of("name", name, "birthYear", birthYear, "relation", "HEAD")),
								"date", "2026-10-01", "fields", List.of("POVERTY"), "topics", List.of("MONEY"),
								"channel", "WALK_IN", "summary", "暮らしの相談")),
				"recordConsultation");
		String householdId = (String) intake.get("householdId");
		created(householdId);
		return new Registered(householdId, (String) ((Map<?, ?>) intake.get("case")).get("id"));
	}

	public void created(String householdId) {
		households.add(householdId);
	}

	public void createdResource(String resourceId) {
		resources.add(resourceId);
	}

	/**
	 * A signal, visit, tie, activity session or disaster written about the demo city, to
	 * be removed so the demo city stays as it was.
	 */
	public void createdOutreachRecord(String id) {
		outreachRecords.add(id);
	}

	/**
	 * Runs Cypher straight through the driver, once the reads audited so far are copied
	 * from the journal into the database (as GraphRows does).
	 */
	List<Map<String, Object>> cypher(String query, Map<String, Object> parameters) {
		return graph.rows(query, parameters);
	}

	long count(String query, Map<String, Object> parameters) {
		return ((Number) cypher(query, parameters).get(0).values().iterator().next()).longValue();
	}

	/**
	 * Deletes every node the scenario wrote around its households, resources and outreach
	 * records.
	 */
	public void cleanUp() {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						UNWIND $ids AS id
						MATCH (h:Household {id: id})
						OPTIONAL MATCH (p:Person)-[:MEMBER_OF|FORMER_MEMBER_OF]->(h)
						WITH h, collect(DISTINCT p) AS people
						CALL (h, people) {
						  UNWIND people AS p
						  OPTIONAL MATCH (p)<-[:ABOUT]-(c:Case)
						  OPTIONAL MATCH (c)-[:HAS_CONSULTATION]->(con:Consultation)
						  OPTIONAL MATCH (c)-[:CHANGED]->(change:CaseChange)
						  OPTIONAL MATCH (ref:Referral)-[:FROM|TO]->(c)
						  OPTIONAL MATCH (consent:Consent|Identification)-[:SUBJECT]->(p)
						  OPTIONAL MATCH (pm:ParticipationMatch)-[:FOR]->(p)
						  OPTIONAL MATCH (pm)-[:FOLLOWED_UP]->(f:FollowUp)
						  OPTIONAL MATCH (tie:Tie)-[:WATCHES_OVER]->(p)
						  OPTIONAL MATCH (roster:RosterEntry)-[:ON_ROSTER]->(p)
						  DETACH DELETE c, con, change, ref, consent, pm, f, tie, roster
						}
						CALL (h) {
						  OPTIONAL MATCH (pl:SupportPlan)-[:FOR]->(h)
						  OPTIONAL MATCH (pl)-[:ASSIGNS]->(r:PlanRole)
						  OPTIONAL MATCH (m:Meeting)-[:DISCUSSED]->(h)
						  OPTIONAL MATCH (mm:MeetingMember)-[:TOOK_PART_IN]->(m)
						  OPTIONAL MATCH (v:Visit)-[:TO]->(h)
						  OPTIONAL MATCH (s:Signal)-[:ABOUT]->(h)
						  OPTIONAL MATCH (h)-[:CHANGED]->(change:HouseholdChange)
						  OPTIONAL MATCH (assessment:Assessment)-[:OF]->(h)
						  OPTIONAL MATCH (assignment:OutreachAssignment)-[:FOR]->(h)
						  DETACH DELETE pl, r, m, mm, v, s, change, assessment, assignment
						}
						FOREACH (p IN people | DETACH DELETE p)
						DETACH DELETE h
						""", Map.of("ids", households)).consume();
				tx.run("""
						UNWIND $ids AS id
						MATCH (r:Resource {id: id})
						OPTIONAL MATCH (act:Activity)-[:HELD_AT]->(r)
						DETACH DELETE act, r
						""", Map.of("ids", resources)).consume();
				tx.run("""
						UNWIND $ids AS id
						MATCH (n:Signal|Visit|Tie|ActivitySession|Disaster|SupportMapImport {id: id})
						DETACH DELETE n
						""", Map.of("ids", outreachRecords)).consume();
			});
		}
		// the deletes above bypass the service's upkeep of derived facts (isolation
		// label, dashboard counts)
		keptFacts.decideAfresh();
		households.clear();
		resources.clear();
		outreachRecords.clear();
	}

}
