package jp.jusou.graph.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read of personal data, batched loads included, and every refused attempt leaves
 * an audit record; without the audit store no data leaves; the hash chain detects
 * tampering; the privacy officer answers "who looked at this person's data" from it; the
 * service's own logs carry no personal data.
 */
@GraphApiTest
@ExtendWith(OutputCaptureExtension.class)
class AuditLogTests {

	static final String HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES = GraphQlDocuments
		.named("audit/household-with-members-and-agencies");

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Autowired
	AuditLinker linker;

	@Autowired
	AuditWriter writer;

	@Autowired
	AuditJournal journal;

	@Autowired
	AuditProperties properties;

	@Test
	void everyPersonalReadIsAuditedCountingBatchedLoads() {
		long before = auditEvents();
		int reads = 0;
		for (int i = 0; i < 10; i++) {
			users.as("coordinator").document(HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES).execute().errors().verify();
			reads += 1; // Query.household, with Household.members and Household.agencies:
						// one event per request
			users.as("csw")
				.document(
						"{ isolatedResidentsNear(activityId: \"act-hub-soudan\", radiusMeters: 1000) { residents { householdId } } }")
				.execute()
				.errors()
				.verify();
			reads += 1;
			users.as("coordinator")
				.document(
						"{ households(first: 3) { edges { node { members { name } agencies { withheld { count } } } } } }")
				.execute()
				.errors()
				.verify();
			reads += 1; // the page and its nested fields, however many households
		}
		double audited = auditEvents() - before;
		assertThat(audited / reads).as("audited reads / reads of person data").isEqualTo(1.0);
	}

	@Test
	void publicReadsLeaveNoAuditRecord() {
		long before = auditEvents();
		users.as("dashboard", null)
			.document("{ agencies(field: CARE) { id } areas { id } }")
			.execute()
			.errors()
			.verify();
		assertThat(auditEvents()).isEqualTo(before);
	}

	@Test
	void refusedAndWithheldAttemptsAreAuditedToo() {
		long before = auditEvents();
		users.as("dashboard").document("{ household(id: \"hh-reita\") { id } }").execute();
		users.as("houkatsu1")
			.document("{ household(id: \"hh-kariyama\") { members { name } agencies { withheld { count } } } }")
			.execute();
		List<Map<String, Object>> events = graph.rows("""
				MATCH (e:AuditEvent) WHERE e.sequence > $after
				RETURN e.username AS user, e.operation AS operation, e.outcome AS outcome, e.withheldCount AS withheld
				ORDER BY e.time, e.sequence""", Map.of("after", before));
		assertThat(events).containsExactly(
				Map.of("user", "dashboard", "operation", "Query.household", "outcome", "WITHHELD", "withheld", 1L),
				// one event for the request: 3 member identities, 3 members and 5 agency
				// links withheld
				Map.of("user", "houkatsu1", "operation", "Query.household", "outcome", "WITHHELD", "withheld", 11L));
	}

	@Test
	void aRequestWithoutAPurposeAndARevocationAreAuditedToo() {
		long before = auditEvents();
		users.as("coordinator", null).document("{ household(id: \"hh-reita\") { id } }").execute();
		String consentId = users.as("seikatsu")
			.document(GraphQlDocuments.named("audit/record-consent"))
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
		users.as("kodomo")
			.document("mutation($id: ID!) { revokeConsent(input: {consentId: $id}) { consent { id } } }")
			.variable("id", consentId)
			.execute();
		users.as("seikatsu")
			.document("mutation($id: ID!) { revokeConsent(input: {consentId: $id}) { consent { id } } }")
			.variable("id", consentId)
			.execute()
			.errors()
			.verify();
		List<Map<String, Object>> events = graph.rows("""
				MATCH (e:AuditEvent) WHERE e.sequence > $after
				RETURN e.username AS user, e.operation AS operation, e.outcome AS outcome, e.purpose AS purpose
				ORDER BY e.time, e.sequence""", Map.of("after", before));
		assertThat(events).containsExactly(
				Map.of("user", "coordinator", "operation", "Query.household", "outcome", "WITHHELD", "purpose", "NONE"),
				Map.of("user", "seikatsu", "operation", "Mutation.recordConsent", "outcome", "SHOWN", "purpose",
						"CASE_WORK"),
				Map.of("user", "kodomo", "operation", "Mutation.revokeConsent", "outcome", "WITHHELD", "purpose",
						"CASE_WORK"),
				Map.of("user", "seikatsu", "operation", "Mutation.revokeConsent", "outcome", "SHOWN", "purpose",
						"CASE_WORK"));
		graph.write("MATCH (c:Consent {id: $id}) DETACH DELETE c", Map.of("id", consentId));
	}

	/**
	 * A read's record is made durable in the instance's journal before the answer leaves:
	 * when no journal can be written (here its folder is replaced by a file, and the file
	 * being written is closed), the answer carries no data; once the folder is back, the
	 * next batch opens a new journal and reads are answered again, every journal
	 * verifying.
	 */
	@Test
	void withoutTheJournalNoDataIsReturned() throws IOException {
		Path folder = properties.journalPath().toAbsolutePath();
		Path aside = folder.resolveSibling("journal-aside-" + System.nanoTime());
		graph.auditCaughtUp();
		journal.destroy();
		Files.move(folder, aside);
		Files.writeString(folder, "not a folder");
		try {
			GraphQlTester.Response response = users.as("coordinator")
				.document(HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES)
				.execute();
			response.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "AUDIT_UNAVAILABLE")));
			Object data = response.returnResponse().getData();
			assertThat(data).as("no data without its audit record").isNull();
		}
		finally {
			Files.delete(folder);
			Files.move(aside, folder);
		}
		users.as("coordinator")
			.document(HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES)
			.execute()
			.path("household.members")
			.hasValue();
		assertThat(chain()).containsEntry("valid", true);
	}

	@Test
	void theHashChainVerifiesAndDetectsTampering() {
		users.as("coordinator").document(HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES).execute().errors().verify();
		assertThat(chain()).containsEntry("valid", true).containsEntry("firstBrokenSequence", null);

		Map<String, Object> victim = graph.rows("""
				MATCH (e:AuditEvent) WITH e ORDER BY e.sequence DESC LIMIT 1
				RETURN e.sequence AS sequence, e.username AS username""", Map.of()).get(0);
		graph.write("MATCH (e:AuditEvent {sequence: $sequence}) SET e.username = 'someone-else'", victim);
		try {
			Map<String, Object> tampered = chain();
			assertThat(tampered).containsEntry("valid", false);
			assertThat(((Number) tampered.get("firstBrokenSequence")).longValue())
				.isEqualTo(((Number) victim.get("sequence")).longValue());
		}
		finally {
			graph.write("MATCH (e:AuditEvent {sequence: $sequence}) SET e.username = $username", victim);
		}
		assertThat(chain()).containsEntry("valid", true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void thePrivacyOfficerSeesWhoLookedAtAPersonAndOnWhichBasis() {
		users.as("coordinator", "PLAN_DELIBERATION")
			.document(HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES)
			.execute()
			.errors()
			.verify();
		List<Map<String, Object>> trail = users.as("privacy")
			.document(
					"{ auditTrail(personId: \"p-reita-ume\", first: 5) { username agencyId operation outcome purpose bases hash } }")
			.execute()
			.path("auditTrail")
			.entityList(Map.class)
			.get()
			.stream()
			.map(record -> (Map<String, Object>) record)
			.toList();
		assertThat(trail).anySatisfy(record -> {
			assertThat(record).containsEntry("username", "coordinator")
				.containsEntry("agencyId", "ag-chiiki-fukushi")
				.containsEntry("operation", "Query.household")
				.containsEntry("outcome", "SHOWN")
				.containsEntry("purpose", "PLAN_DELIBERATION");
			assertThat((List<Object>) record.get("bases")).contains("OWN_AGENCY");
		});
		users.as("coordinator")
			.document("{ auditTrail(personId: \"p-reita-ume\") { username } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "ROLE_NOT_ALLOWED")));
	}

	/**
	 * One request's bases are the union over everyone it read: 生活困窮 reads hh-kasou and
	 * sees the father through its own case and his children and mother through their
	 * consents. The father's trail (the 開示請求 answer) names no consent of theirs; the
	 * daughter's names hers.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aTrailNamesNoOtherPersonsRecord() {
		users.as("seikatsu", "CASE_WORK")
			.document("{ household(id: \"hh-kasou\") { members { name } } }")
			.execute()
			.errors()
			.verify();
		String trail = "{ auditTrail(personId: \"%s\", first: 1) { bases } }";
		List<Object> father = (List<Object>) users.as("privacy")
			.document(trail.formatted("p-kasou-hiroshi"))
			.execute()
			.path("auditTrail[0].bases")
			.entity(List.class)
			.get();
		assertThat(father).contains("OWN_AGENCY")
			.doesNotContain("CONSENT:c-kasou-aya", "CONSENT:c-kasou-takumi", "CONSENT:c-kasou-fumi");
		List<Object> daughter = (List<Object>) users.as("privacy")
			.document(trail.formatted("p-kasou-aya"))
			.execute()
			.path("auditTrail[0].bases")
			.entity(List.class)
			.get();
		assertThat(daughter).contains("CONSENT:c-kasou-aya")
			.doesNotContain("CONSENT:c-kasou-takumi", "CONSENT:c-kasou-fumi");
	}

	/**
	 * Events are linked to their subjects after the request, in the background; the trail
	 * is the same before the newest event is linked and after.
	 */
	@Test
	void theTrailFindsEventsBeforeAndAfterTheyAreLinked() {
		users.as("coordinator").document(HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES).execute();
		linker.linkAll();
		String trailQuery = "{ auditTrail(personId: \"p-reita-ume\", first: 50) { sequence hash } }";
		List<Object> linked = users.as("privacy")
			.document(trailQuery)
			.execute()
			.path("auditTrail")
			.entityList(Object.class)
			.get();
		// the newest event the linked trail showed, and all after it, as if the
		// linker had not reached them yet: only the unlinked branch can find it.
		// The background linker may link them again before the read ends (a
		// second after an append); links only move forward, so the read counts
		// when they had not moved by its end, and is tried again otherwise.
		assertThat(linked).isNotEmpty();
		long newestLinkedSequence = ((Number) ((Map<?, ?>) linked.get(0)).get("sequence")).longValue();
		List<Object> newestUnlinked = null;
		for (int attempt = 0; attempt < 5 && newestUnlinked == null; attempt++) {
			graph.write("""
					MATCH (links:AuditLinks {id: 'main'})
					OPTIONAL MATCH (run:AuditBatch) WHERE run.lastSequence >= $newest
					WITH links, collect(run) AS runs
					WITH links, runs, reduce(first = $newest, run IN runs |
					       CASE WHEN run.firstSequence < first THEN run.firstSequence ELSE first END) AS first
					FOREACH (run IN runs | DETACH DELETE run)
					SET links.sequence = first - 1""", Map.of("newest", newestLinkedSequence));
			long unlinkedFrom = linksSequence();
			List<Object> read = users.as("privacy")
				.document(trailQuery)
				.execute()
				.path("auditTrail")
				.entityList(Object.class)
				.get();
			if (linksSequence() == unlinkedFrom) {
				newestUnlinked = read;
			}
		}
		assertThat(newestUnlinked).as("a trail read while the newest events were unlinked").isNotNull();
		linker.linkAll();
		List<Map<String, Object>> state = graph.rows("""
				MATCH (links:AuditLinks {id: 'main'}), (chain:AuditChain {id: 'main'})
				RETURN links.sequence = chain.sequence AS allLinked,
				       COUNT { MATCH (run:AuditBatch) WHERE 'person:p-reita-ume' IN run.subjects } > 0 AS named""",
				Map.of());
		assertThat(state).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("allLinked", true).containsEntry("named", true));
		List<Object> relinked = users.as("privacy")
			.document(trailQuery)
			.execute()
			.path("auditTrail")
			.entityList(Object.class)
			.get();
		// newest first, 50 at most: the later reads add their own events on top
		List<Object> newestLinked = linked.subList(0, Math.min(linked.size(), 10));
		assertThat(newestUnlinked).containsAll(newestLinked);
		assertThat(relinked).containsAll(newestLinked)
			.containsAll(newestUnlinked.subList(0, Math.min(newestUnlinked.size(), 10)));
	}

	/**
	 * The trail asks the full-text index for the runs naming a person as a quoted Lucene
	 * phrase: an id carrying a quote or a backslash (a loader may write any id) must be
	 * escaped, or the index would be asked for something else, or refuse the query.
	 */
	@Test
	void theTrailFindsPersonsWhoseIdsCarryQuotesAndBackslashes() {
		Map<String, Object> ids = Map.of("personId", "p-audit-\"quoted\\ back", "householdId",
				"hh-audit-\"quoted\\ back");
		graph.write("""
				CREATE (:Person {id: $personId, name: '監査 引用', birthYear: 1950})
				       -[:MEMBER_OF {relation: 'HEAD'}]->(:Household {id: $householdId})""", ids);
		try {
			String staffId = (String) graph
				.rows("MATCH (s:Staff {username: 'coordinator'}) RETURN s.id AS id", Map.of())
				.get(0)
				.get("id");
			writer.append(List.of(new AuditEntry("coordinator", staffId, "CASE_WORK", Instant.now(),
					new PersonalDataRead("test.quotedIds", Set.of((String) ids.get("householdId")),
							Set.of((String) ids.get("personId")), Set.of("OWN_CASE"), Set.of(), Set.of(), Set.of(),
							0))));
			graph.auditCaughtUp();
			linker.linkAll();
			// every event linked: the trail can find this one only through its run's
			// subjects
			assertThat(graph.rows("""
					MATCH (links:AuditLinks {id: 'main'}), (chain:AuditChain {id: 'main'})
					RETURN links.sequence = chain.sequence AS allLinked,
					       COUNT { MATCH (run:AuditBatch) WHERE 'person:' + $personId IN run.subjects } AS runs""",
					ids))
				.singleElement()
				.satisfies(row -> assertThat(row).containsEntry("allLinked", true).containsEntry("runs", 1L));
			List<String> operations = users.as("privacy")
				.document("query($id: ID!) { auditTrail(personId: $id, first: 10) { operation } }")
				.variable("id", ids.get("personId"))
				.execute()
				.path("auditTrail[*].operation")
				.entityList(String.class)
				.get();
			assertThat(operations).contains("test.quotedIds");
		}
		finally {
			graph.write("MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(h:Household) DETACH DELETE p, h", ids);
		}
	}

	@Test
	void theServiceLogsNoPersonalData(CapturedOutput output) {
		users.as("coordinator").document(HOUSEHOLD_WITH_MEMBERS_AND_AGENCIES).execute();
		users.as("csw")
			.document(
					"{ isolatedResidentsNear(activityId: \"act-hub-soudan\", radiusMeters: 1000) { residents { person { name } } } }")
			.execute();
		users.as("houkatsu1").document("{ household(id: \"hh-kariyama\") { members { name } } }").execute();
		List<String> personal = graph.rows("MATCH (p:Person) RETURN p.id AS id, p.name AS name", Map.of())
			.stream()
			.flatMap(row -> java.util.stream.Stream.of((String) row.get("id"), (String) row.get("name")))
			.toList();
		assertThat(personal).isNotEmpty().allSatisfy(value -> assertThat(output.getAll()).doesNotContain(value));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> chain() {
		return users.as("privacy")
			.document("{ auditChain { events valid firstBrokenSequence } }")
			.execute()
			.path("auditChain")
			.entity(Map.class)
			.get();
	}

	private long linksSequence() {
		return ((Number) graph.rows("MATCH (links:AuditLinks {id: 'main'}) RETURN links.sequence AS sequence", Map.of())
			.get(0)
			.get("sequence")).longValue();
	}

	private long auditEvents() {
		return ((Number) graph.rows("MATCH (e:AuditEvent) RETURN count(e) AS events", Map.of()).get(0).get("events"))
			.longValue();
	}

}
