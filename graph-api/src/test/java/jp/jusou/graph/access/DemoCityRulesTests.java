package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city keeps the rules its users are held to: every seeded 支援会議 and 重層的支援会議
 * passes the checks recordMeeting applies (a 多機関協働 convener; a 重層的支援会議 discusses only
 * members whose consent names every participant, read with the mutation's own query and
 * decided by the same policy), plan decisions are taken at a 重層的支援会議, and every seeded
 * plan passes createPlan's (its coordinator runs component 5 and holds an open case about
 * a member; roles concern members).
 */
@GraphApiTest
class DemoCityRulesTests {

	@Autowired
	Driver driver;

	@Autowired
	GraphRows rows;

	@Autowired
	CypherQueries queries;

	@Autowired
	AccessPolicy policy;

	@Test
	void everySeededMeetingPassesTheMeetingRules() {
		List<Map<String, Object>> meetings = rows.rows(
				"""
						MATCH (convener:Agency)-[:CONVENED]->(m:Meeting)-[d:DISCUSSED]->(h:Household)
						WHERE h.fictional
						RETURN m.id AS id, m.kind AS kind, m.date AS date, h.id AS householdId, d.decision AS decision,
						       d.personIds AS personIds,
						       COLLECT { MATCH (s:Staff)-[:WORKS_AT]->(convener) WHERE 'COORDINATOR' IN s.roles RETURN s.id } AS staff,
						       COLLECT { MATCH (a:Agency)-[:ATTENDED]->(m) RETURN a.id } AS attendees
						ORDER BY id""",
				Map.of());
		assertThat(meetings).extracting(row -> row.get("id"))
			.contains("mtg-reita-plan", "mtg-kasou-plan", "mtg-kariyama-support", "mtg-tamesu-support");
		List<String> broken = new ArrayList<>();
		for (Map<String, Object> meeting : meetings) {
			String id = (String) meeting.get("id");
			String kind = (String) meeting.get("kind");
			@SuppressWarnings("unchecked")
			List<String> staff = (List<String>) meeting.get("staff");
			@SuppressWarnings("unchecked")
			List<String> attendees = (List<String>) meeting.get("attendees");
			if (staff.isEmpty()) {
				broken.add(id + ": no coordinator at the convening agency could have recorded it");
				continue;
			}
			Record check = meetingCheck(staff.get(0), attendees, (String) meeting.get("householdId"),
					(LocalDate) meeting.get("date"));
			if (!check.get("components").asList(Value::asInt).contains(5)) {
				broken.add(id + ": convened by an agency that does not run 多機関協働");
			}
			boolean planDecision = Set.of("APPROVE_PLAN", "REPLAN", "CLOSE", "SUSPEND")
				.contains(meeting.get("decision"));
			if (planDecision && !"MULTI_LAYER_MEETING".equals(kind)) {
				broken.add(id + ": a plan decision outside a 重層的支援会議");
			}
			if ("MULTI_LAYER_MEETING".equals(kind)) {
				HouseholdAccess access = HouseholdAccess.from(check.get("households").get(0).get("access"));
				@SuppressWarnings("unchecked")
				List<String> discussed = (List<String>) meeting.get("personIds");
				if (discussed == null || discussed.isEmpty()) {
					broken.add(id + ": a 重層的支援会議 that names nobody it discussed");
					continue;
				}
				for (String personId : discussed) {
					if (policy
						.meetingConsent(access.consents(), personId, Set.copyOf(attendees),
								(LocalDate) meeting.get("date"))
						.isEmpty()) {
						broken.add(id + ": discussed " + personId + " without a consent naming every participant");
					}
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void everySeededPlanPassesThePlanRules() {
		List<Map<String, Object>> plans = rows.rows(
				"""
						MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan)-[:FOR]->(h:Household)
						WHERE h.fictional
						RETURN pl.id AS id, h.id AS householdId,
						       COLLECT { MATCH (s:Staff)-[:WORKS_AT]->(coordinator) WHERE 'COORDINATOR' IN s.roles RETURN s.id } AS staff,
						       COLLECT { MATCH (pl)-[:ASSIGNS]->(:PlanRole)-[:TO]->(a:Agency) RETURN a.id } AS roleAgencies,
						       COLLECT { MATCH (pl)-[:ASSIGNS]->(:PlanRole)-[:CONCERNS]->(p:Person) RETURN p.id } AS rolePersons
						ORDER BY id""",
				Map.of());
		assertThat(plans).extracting(row -> row.get("id")).contains("plan-reita", "plan-kasou");
		List<String> broken = new ArrayList<>();
		for (Map<String, Object> plan : plans) {
			@SuppressWarnings("unchecked")
			List<String> staff = (List<String>) plan.get("staff");
			if (staff.isEmpty()) {
				broken.add(plan.get("id") + ": no coordinator at the coordinating agency");
				continue;
			}
			try (Session session = driver.session()) {
				Record check = session
					.run(queries.get("plan-create-check"), Map.of("staffId", staff.get(0), "householdId",
							plan.get("householdId"), "roleAgencyIds", plan.get("roleAgencies")))
					.single();
				if (!check.get("components").asList(Value::asInt).contains(5)) {
					broken.add(plan.get("id") + ": coordinated by an agency that does not run 多機関協働");
				}
				if (!check.get("holdsOpenCase").asBoolean()) {
					broken.add(
							plan.get("id") + ": its coordinator holds no open case about a member (createPlan's rule)");
				}
				if (!check.get("unknownAgencies").asList().isEmpty()) {
					broken.add(plan.get("id") + ": a role names an unknown agency");
				}
				@SuppressWarnings("unchecked")
				List<String> rolePersons = (List<String>) plan.get("rolePersons");
				if (!check.get("memberIds").asList(Value::asString).containsAll(rolePersons)) {
					broken.add(plan.get("id") + ": a role concerns someone outside the household");
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private Record meetingCheck(String staffId, List<String> attendees, String householdId, LocalDate date) {
		try (Session session = driver.session()) {
			return session
				.run(queries.get("meeting-check"), Map.of("staffId", staffId, "agencyIds", attendees, "householdIds",
						List.of(householdId), "date", date))
				.single();
		}
	}

}
