package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jp.jusou.graph.support.Field;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A small random graph for the model test: three agencies with one staff member each,
 * three households of one to three members, cases with categories, consents (PERMIT and
 * DENY, periods, purposes, revocations, grantees, meeting participants), both meeting
 * kinds with dates and discussed members, visits, a plan with roles, and an activity at
 * the centre. Every node carries the label {@code ModelTest} and ids prefixed with the
 * graph's number, so graphs never touch each other or the demo city, and each is removed
 * after its check.
 */
final class RandomCity {

	static final List<Field> FIELDS = List.of(Field.CARE, Field.DISABILITY, Field.CHILD, Field.POVERTY, Field.HEALTH);

	static final List<String> PURPOSES = List.of("CASE_WORK", "PLAN_DELIBERATION", "PARTICIPATION_MATCHING",
			"OUTREACH");

	/** coordination: the 多機関協働 body (runs component 5). */
	record RAgency(String id, String staffId, Field field, boolean coordination) {
	}

	/**
	 * since: the day the person joined the household (addHouseholdMember), null when not
	 * recorded.
	 */
	record RPerson(String id, String name, int birthYear, boolean dependant, LocalDate since) {
	}

	record RHousehold(String id, double latitude, double longitude, List<RPerson> members) {
	}

	record RCase(String id, String agency, String person, List<Field> fields, LocalDate opened, boolean open) {
	}

	record RConsent(String id, String subject, boolean permit, Set<Field> categories, Set<String> purposes,
			LocalDate validFrom, LocalDate validTo, boolean revoked, Set<String> grantees,
			boolean meetingParticipants) {
	}

	/**
	 * sharesHere: whether the meeting's confidential kind held for the household under
	 * its own law (DISCUSSED.confidential) — a meeting held as several kinds may share
	 * one household without consent and not another.
	 */
	record RMeeting(String id, boolean support, LocalDate date, String household, Set<String> attendees,
			List<String> personIds, boolean sharesHere) {
	}

	record RVisit(String id, String agency, String household, LocalDate date) {
	}

	/** An outreach assignment (assignOutreach) of an agency to a household. */
	record RAssignment(String id, String agency, String household, LocalDate validFrom, LocalDate validTo,
			boolean revoked) {
	}

	record RPlan(String id, String coordinator, String household, LocalDate created, List<RRole> roles) {
	}

	record RRole(String id, String agency, String person, Field field, LocalDate since) {
	}

	/**
	 * One item about a household as graph-model.md describes it, keyed as the API answers
	 * it.
	 */
	record Item(String kind, String reference, String agencyId, String memberId, Set<Field> categories, LocalDate date,
			Set<String> recordedBy, boolean supportMeetingContent) {

		String key() {
			return kind + "|" + reference + "|" + agencyId + "|" + memberId;
		}
	}

	final String prefix;

	final double latitude;

	final double longitude;

	final List<RAgency> agencies = new ArrayList<>();

	final List<RHousehold> households = new ArrayList<>();

	final List<RCase> cases = new ArrayList<>();

	final List<RConsent> consents = new ArrayList<>();

	final List<RMeeting> meetings = new ArrayList<>();

	final List<RVisit> visits = new ArrayList<>();

	final List<RAssignment> assignments = new ArrayList<>();

	final List<RPlan> plans = new ArrayList<>();

	RandomCity(int number, Random random, LocalDate today) {
		this.prefix = "mt" + number + "-";
		this.latitude = 30.0 + (number % 80) * 0.1;
		this.longitude = 128.0 + (number / 80) * 0.1;
		for (int a = 0; a < 3; a++) {
			agencies.add(new RAgency(prefix + "ag" + a, prefix + "st" + a, FIELDS.get(random.nextInt(4)),
					random.nextInt(4) == 0));
		}
		for (int h = 0; h < 3; h++) {
			List<RPerson> members = new ArrayList<>();
			int size = 1 + random.nextInt(3);
			for (int p = 0; p < size; p++) {
				int age = random.nextBoolean() ? 65 + random.nextInt(30) : 10 + random.nextInt(55);
				members.add(new RPerson(prefix + "h" + h + "p" + p, "試験 " + number + "-" + h + "-" + p,
						today.getYear() - age, random.nextInt(3) == 0,
						random.nextInt(3) == 0 ? day(today, random, 500) : null));
			}
			households.add(new RHousehold(prefix + "h" + h, latitude + h * 0.001, longitude + h * 0.001, members));
		}
		List<RPerson> people = households.stream().flatMap(h -> h.members().stream()).toList();
		for (int c = 0, n = random.nextInt(5); c < n; c++) {
			cases
				.add(new RCase(prefix + "case" + c, agency(random).id(), people.get(random.nextInt(people.size())).id(),
						List.copyOf(subset(random, FIELDS, 1)), day(today, random, 720), random.nextInt(4) != 0));
		}
		for (int c = 0, n = random.nextInt(7); c < n; c++) {
			LocalDate from = day(today, random, 400);
			Set<String> grantees = new LinkedHashSet<>();
			agencies.forEach(agency -> {
				if (random.nextInt(3) == 0) {
					grantees.add(agency.id());
				}
			});
			consents.add(new RConsent(prefix + "consent" + c, people.get(random.nextInt(people.size())).id(),
					random.nextInt(4) != 0, subset(random, FIELDS, 1), subset(random, PURPOSES, 1), from,
					from.plusDays(random.nextInt(500)), random.nextInt(6) == 0, grantees, random.nextInt(3) == 0));
		}
		for (int m = 0, n = random.nextInt(4); m < n; m++) {
			RHousehold household = households.get(random.nextInt(households.size()));
			boolean support = random.nextBoolean();
			Set<String> attendees = new LinkedHashSet<>();
			agencies.forEach(agency -> {
				if (random.nextBoolean()) {
					attendees.add(agency.id());
				}
			});
			if (attendees.isEmpty()) {
				attendees.add(agency(random).id());
			}
			List<String> discussed = support ? null
					: List.copyOf(subset(random, household.members().stream().map(RPerson::id).toList(), 0));
			meetings.add(new RMeeting(prefix + "mtg" + m, support, day(today, random, 500), household.id(), attendees,
					discussed, support && random.nextInt(4) != 0));
		}
		for (int v = 0, n = random.nextInt(4); v < n; v++) {
			visits.add(new RVisit(prefix + "visit" + v, agency(random).id(),
					households.get(random.nextInt(households.size())).id(), day(today, random, 400)));
		}
		for (int o = 0, n = random.nextInt(3); o < n; o++) {
			LocalDate from = day(today, random, 200);
			assignments.add(new RAssignment(prefix + "assignment" + o, agency(random).id(),
					households.get(random.nextInt(households.size())).id(), from, from.plusDays(random.nextInt(180)),
					random.nextInt(5) == 0));
		}
		if (random.nextBoolean()) {
			RHousehold household = households.get(random.nextInt(households.size()));
			List<RRole> roles = new ArrayList<>();
			for (int r = 0, n = 1 + random.nextInt(2); r < n; r++) {
				roles.add(new RRole(
						prefix + "role" + r, agency(random).id(), random.nextBoolean()
								? household.members().get(random.nextInt(household.members().size())).id() : null,
						FIELDS.get(random.nextInt(FIELDS.size())), day(today, random, 300)));
			}
			plans.add(new RPlan(prefix + "plan", agency(random).id(), household.id(), day(today, random, 300), roles));
		}
	}

	/**
	 * Every item about the household that the API's {@code agencies} lists, with who
	 * recorded it.
	 */
	List<Item> items(RHousehold household) {
		Set<String> memberIds = ReferenceRules.ids(household.members());
		List<Item> items = new ArrayList<>();
		for (RCase c : cases) {
			if (memberIds.contains(c.person())) {
				items.add(new Item("CASE", c.id(), c.agency(), c.person(), Set.copyOf(c.fields()), c.opened(),
						Set.of(c.agency()), false));
			}
		}
		for (RPlan plan : plans) {
			if (!plan.household().equals(household.id())) {
				continue;
			}
			items.add(new Item("PLAN_ROLE", plan.id(), plan.coordinator(), null, Set.of(field(plan.coordinator())),
					plan.created(), Set.of(plan.coordinator()), false));
			for (RRole role : plan.roles()) {
				items.add(new Item("PLAN_ROLE", plan.id(), role.agency(), role.person(), Set.of(role.field()),
						role.since(), new java.util.HashSet<>(List.of(plan.coordinator(), role.agency())), false));
			}
		}
		for (RMeeting meeting : meetings) {
			if (meeting.household().equals(household.id())) {
				for (String attendee : meeting.attendees()) {
					items.add(new Item("MEETING", meeting.id(), attendee, null, Set.of(field(attendee)), meeting.date(),
							meeting.attendees(), meeting.support()));
				}
			}
		}
		for (RVisit visit : visits) {
			if (visit.household().equals(household.id())) {
				items.add(new Item("VISIT", visit.id(), visit.agency(), null, Set.of(field(visit.agency())),
						visit.date(), Set.of(visit.agency()), false));
			}
		}
		return items;
	}

	String activityId() {
		return prefix + "activity";
	}

	void write(Driver driver) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("prefix", prefix);
		parameters.put("latitude", latitude);
		parameters.put("longitude", longitude);
		parameters.put("agencies",
				agencies.stream()
					.map(a -> Map.of("id", a.id(), "staffId", a.staffId(), "field", a.field().name(), "components",
							a.coordination() ? List.of(1, 5) : List.of(1)))
					.toList());
		parameters.put("households",
				households.stream()
					.map(h -> Map.of("id", h.id(), "latitude", h.latitude(), "longitude", h.longitude(), "members",
							h.members().stream().map(p -> {
								Map<String, Object> row = new HashMap<>();
								row.put("id", p.id());
								row.put("name", p.name());
								row.put("birthYear", p.birthYear());
								row.put("dependant", p.dependant());
								row.put("since", p.since());
								return row;
							}).toList()))
					.toList());
		parameters.put("cases",
				cases.stream()
					.map(c -> Map.of("id", c.id(), "agency", c.agency(), "person", c.person(), "fields",
							c.fields().stream().map(Enum::name).toList(), "opened", c.opened(), "status",
							c.open() ? "OPEN" : "CLOSED"))
					.toList());
		parameters.put("consents", consents.stream()
			.map(c -> Map.of("id", c.id(), "subject", c.subject(), "decision", c.permit() ? "PERMIT" : "DENY",
					"categories", c.categories().stream().map(Enum::name).toList(), "purposes",
					List.copyOf(c.purposes()), "validFrom", c.validFrom(), "validTo", c.validTo(), "revoked",
					c.revoked(), "grantees", List.copyOf(c.grantees()), "meetingParticipants", c.meetingParticipants()))
			.toList());
		parameters.put("meetings", meetings.stream().map(m -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", m.id());
			row.put("kind", m.support() ? "SUPPORT_MEETING" : "MULTI_LAYER_MEETING");
			row.put("date", m.date());
			row.put("household", m.household());
			row.put("attendees", List.copyOf(m.attendees()));
			row.put("personIds", m.personIds());
			row.put("sharesHere", m.sharesHere());
			return row;
		}).toList());
		parameters.put("visits",
				visits.stream()
					.map(v -> Map.of("id", v.id(), "agency", v.agency(), "household", v.household(), "date", v.date()))
					.toList());
		parameters.put("assignments",
				assignments.stream()
					.map(o -> Map.of("id", o.id(), "agency", o.agency(), "household", o.household(), "validFrom",
							o.validFrom(), "validTo", o.validTo(), "revoked", o.revoked()))
					.toList());
		parameters.put("plans",
				plans.stream()
					.map(p -> Map.of("id", p.id(), "coordinator", p.coordinator(), "household", p.household(),
							"created", p.created(), "roles", p.roles().stream().map(r -> {
								Map<String, Object> row = new HashMap<>();
								row.put("id", r.id());
								row.put("agency", r.agency());
								row.put("person", r.person());
								row.put("field", r.field().name());
								row.put("since", r.since());
								return row;
							}).toList()))
					.toList());
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(WRITE, parameters).consume());
		}
	}

	void delete(Driver driver) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					MATCH (n:ModelTest) WHERE n.id STARTS WITH $prefix DETACH DELETE n""", Map.of("prefix", prefix))
				.consume());
		}
	}

	private Field field(String agencyId) {
		return agencies.stream().filter(a -> a.id().equals(agencyId)).findFirst().orElseThrow().field();
	}

	private RAgency agency(Random random) {
		return agencies.get(random.nextInt(agencies.size()));
	}

	private static LocalDate day(LocalDate today, Random random, int daysBack) {
		return today.minusDays(random.nextInt(daysBack + 1));
	}

	private static <T> Set<T> subset(Random random, List<T> values, int atLeast) {
		Set<T> chosen = new LinkedHashSet<>();
		for (T value : values) {
			if (random.nextInt(3) == 0) {
				chosen.add(value);
			}
		}
		while (chosen.size() < Math.min(atLeast, values.size())) {
			chosen.add(values.get(random.nextInt(values.size())));
		}
		return chosen;
	}

	/**
	 * The whole graph in one statement, in the shape the service's own writes give it.
	 */
	private static final String WRITE = """
			CREATE (venue:Resource:ModelTest {id: $prefix + 'venue', name: 'venue', kind: 'COMMUNITY_HUB',
			        location: point({latitude: $latitude, longitude: $longitude})})
			CREATE (:Activity:ModelTest {id: $prefix + 'activity', name: 'activity', weekdays: ['MON']})-[:HELD_AT]->(venue)
			WITH 1 AS one
			CALL () {
			  UNWIND $agencies AS row
			  CREATE (a:Agency:ModelTest {id: row.id, name: row.id, field: row.field, components: row.components})
			  CREATE (:Staff:ModelTest {id: row.staffId, username: row.staffId, roles: ['AGENCY_STAFF']})-[:WORKS_AT]->(a)
			}
			CALL () {
			  UNWIND $households AS row
			  CREATE (h:Household:ModelTest {id: row.id, patterns: [],
			          location: point({latitude: row.latitude, longitude: row.longitude})})
			  WITH h, row
			  UNWIND row.members AS member
			  CREATE (:Person:ModelTest {id: member.id, name: member.name, birthYear: member.birthYear})
			         -[:MEMBER_OF {relation: 'OTHER', dependant: member.dependant, since: member.since}]->(h)
			}
			CALL () {
			  UNWIND $cases AS row
			  MATCH (a:Agency {id: row.agency}), (p:Person {id: row.person})
			  CREATE (a)-[:HOLDS]->(:Case:ModelTest {id: row.id, field: row.fields[0], fields: row.fields,
			          opened: row.opened, status: row.status})-[:ABOUT]->(p)
			}
			CALL () {
			  UNWIND $consents AS row
			  MATCH (p:Person {id: row.subject})
			  CREATE (c:Consent:ModelTest {id: row.id, decision: row.decision, categories: row.categories,
			          purposes: row.purposes, validFrom: row.validFrom, validTo: row.validTo,
			          revokedAt: CASE WHEN row.revoked THEN datetime() ELSE null END,
			          meetingParticipants: row.meetingParticipants})-[:SUBJECT]->(p)
			  CREATE (c)-[:GRANTED_BY]->(p)
			  WITH c, row
			  UNWIND row.grantees AS granteeId
			  MATCH (a:Agency {id: granteeId})
			  CREATE (c)-[:GRANTS_TO]->(a)
			}
			CALL () {
			  UNWIND $meetings AS row
			  MATCH (h:Household {id: row.household})
			  CREATE (m:Meeting:ModelTest {id: row.id, kind: row.kind, kinds: [row.kind],
			                               confidential: row.kind = 'SUPPORT_MEETING', date: row.date})
			  CREATE (m)-[:DISCUSSED {decision: 'SHARE_INFORMATION', personIds: row.personIds,
			                          confidential: row.sharesHere}]->(h)
			  WITH m, row
			  UNWIND row.attendees AS attendeeId
			  MATCH (a:Agency {id: attendeeId})
			  CREATE (a)-[:ATTENDED]->(m)
			}
			CALL () {
			  UNWIND $visits AS row
			  MATCH (a:Agency {id: row.agency}), (h:Household {id: row.household})
			  CREATE (a)-[:MADE_VISIT]->(:Visit:ModelTest {id: row.id, date: row.date, outcome: 'MET'})-[:TO]->(h)
			}
			CALL () {
			  UNWIND $assignments AS row
			  MATCH (a:Agency {id: row.agency}), (h:Household {id: row.household})
			  CREATE (oa:OutreachAssignment:ModelTest {id: row.id, validFrom: row.validFrom, validTo: row.validTo,
			          revokedAt: CASE WHEN row.revoked THEN datetime() ELSE null END, reason: 'model'})
			  CREATE (oa)-[:FOR]->(h), (oa)-[:TO]->(a)
			}
			CALL () {
			  UNWIND $plans AS row
			  MATCH (a:Agency {id: row.coordinator}), (h:Household {id: row.household})
			  CREATE (a)-[:COORDINATES]->(pl:SupportPlan:ModelTest {id: row.id, status: 'ACTIVE', created: row.created})
			         -[:FOR]->(h)
			  WITH pl, row
			  UNWIND row.roles AS role
			  MATCH (holder:Agency {id: role.agency})
			  CREATE (pl)-[:ASSIGNS]->(r:PlanRole:ModelTest {id: role.id, field: role.field, since: role.since})
			         -[:TO]->(holder)
			  WITH r, role
			  MATCH (p:Person {id: role.person})
			  CREATE (r)-[:CONCERNS]->(p)
			}
			RETURN 1""";

}
