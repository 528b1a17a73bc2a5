package jp.jusou.graph.audit;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphRows;
import jp.jusou.graph.support.NamedQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four forgeries a writer of the graph (a Bolt session with the database password)
 * could try on the audit log, each followed by auditChain: deleting the newest events and
 * moving the head back, editing an event and re-chaining from it, re-chaining the whole
 * log from GENESIS, and restoring an older store. An unkeyed hash let all four verify;
 * the seal (a key outside the database) and the checkpoints (written outside the
 * database) catch each. Its own database, rebuilt for each forgery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jusou.audit.key-id=forgery")
@ActiveProfiles("test")
@Import({ DemoUsers.class, GraphRows.class })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditForgeryTests {

	static final String READ = "{ household(id: \"hh-reita\") { members { name } agencies { withheld { count } } } }";

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Autowired
	Driver driver;

	@Autowired
	ChainVerification verification;

	@Autowired
	NamedQueries namedQueries;

	@Autowired
	AuditSeal seal;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void someReads() {
		for (int i = 0; i < 3; i++) {
			users.as("coordinator").document(READ).execute().errors().verify();
		}
		assertThat(chain()).containsEntry("valid", true);
	}

	@Test
	void deletingTheNewestEventsAndMovingTheHeadBackIsBehindTheCheckpoint() {
		long head = head();
		cypher("""
				MATCH (e:AuditEvent) WHERE e.sequence > $keep DETACH DELETE e
				WITH count(*) AS gone
				MATCH (previous:AuditEvent {sequence: $keep}), (chain:AuditChain {id: 'main'})
				SET chain.sequence = previous.sequence, chain.lastHash = previous.hash""", Map.of("keep", head - 2));
		assertThat(chain()).containsEntry("valid", false).containsEntry("problem", "BEHIND_CHECKPOINT");
		// The service appends on from the forged head, past the last checkpoint (reads
		// reach the chain from the journal, several in one append); the checkpoint still
		// finds the hash it saw missing.
		users.as("coordinator").document(READ).execute().errors().verify();
		users.as("coordinator").document(READ).execute().errors().verify();
		assertThat(chain()).containsEntry("valid", false).containsEntry("problem", "CHECKPOINT_MISMATCH");
	}

	@Test
	void editingAnEventAndReChainingFromItIsABrokenSeal() {
		long victim = head() - 2;
		List<Map<String, Object>> rows = graph
			.rows("""
					MATCH (e:AuditEvent) WHERE e.sequence >= $from RETURN e {.*, time: null} AS event ORDER BY e.sequence""",
					Map.of("from", victim));
		String previous = (String) ((Map<?, ?>) rows.get(0).get("event")).get("previousHash");
		for (Map<String, Object> row : rows) {
			// The forger knows the algorithm (it is in this repository) but not the key:
			// it re-chains with the
			// unkeyed hash, as an older version wrote it.
			AuditEvent stored = AuditEvent.from(Values.value(row.get("event")));
			String username = stored.sequence() == victim ? "someone-else" : stored.username();
			AuditEvent forged = new AuditEvent(stored.sequence(), stored.at(), stored.staffId(), username,
					stored.agencyId(), stored.operation(), stored.outcome(), stored.purpose(), stored.householdIds(),
					stored.shownPersonIds(), stored.bases(), stored.shownCategories(), stored.withheldPersonIds(),
					stored.withheldCategories(), stored.withheldCount(), previous, "", null);
			String hash = AuditHash.of(forged);
			cypher("""
					MATCH (e:AuditEvent {sequence: $sequence})
					SET e.username = $username, e.previousHash = $previous, e.hash = $hash, e.keyId = null""",
					Map.of("sequence", stored.sequence(), "username", username, "previous", previous, "hash", hash));
			previous = hash;
		}
		cypher("MATCH (chain:AuditChain {id: 'main'}) SET chain.lastHash = $hash", Map.of("hash", previous));
		assertThat(chain()).containsEntry("valid", false)
			.containsEntry("problem", "EVENT_BROKEN")
			.containsEntry("firstBrokenSequence", (int) victim);
	}

	@Test
	void reChainingTheWholeLogFromGenesisIsABrokenSealOrBehindTheCheckpoint() {
		long head = head();
		cypher("MATCH (e:AuditEvent) DETACH DELETE e", Map.of());
		String previous = AuditHash.GENESIS;
		for (long sequence = 1; sequence <= head; sequence++) {
			AuditEvent forged = new AuditEvent(sequence, "2026-11-23T00:00:00Z", null, "forger", null, "Query.areas",
					"SHOWN", "NONE", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, previous, "",
					null);
			String hash = AuditHash.of(forged);
			cypher("""
					CREATE (:AuditEvent {id: randomUUID(), sequence: $sequence, at: '2026-11-23T00:00:00Z', username: 'forger',
					        operation: 'Query.areas', outcome: 'SHOWN', purpose: 'NONE', householdIds: [], shownPersonIds: [],
					        bases: [], shownCategories: [], withheldPersonIds: [], withheldCategories: [], withheldCount: 0,
					        previousHash: $previous, hash: $hash})""",
					Map.of("sequence", sequence, "previous", previous, "hash", hash));
			previous = hash;
		}
		cypher("MATCH (chain:AuditChain {id: 'main'}) SET chain.sequence = $sequence, chain.lastHash = $hash",
				Map.of("sequence", head, "hash", previous));
		assertThat(chain()).as("a whole unkeyed chain, where the service had sealed from its first append")
			.containsEntry("valid", false)
			.containsEntry("problem", "EVENT_BROKEN")
			.containsEntry("firstBrokenSequence", 1);
	}

	@Test
	void restoringAnOlderStoreIsBehindTheCheckpoint() {
		long head = head();
		// What a restored backup looks like to the log: the newest events are not there
		// and the head is older.
		cypher("""
				MATCH (e:AuditEvent) WHERE e.sequence > $keep DETACH DELETE e
				WITH count(*) AS gone
				MATCH (kept:AuditEvent {sequence: $keep}), (chain:AuditChain {id: 'main'})
				SET chain.sequence = kept.sequence, chain.lastHash = kept.hash""", Map.of("keep", head / 2));
		assertThat(chain()).containsEntry("valid", false)
			.containsEntry("problem", "BEHIND_CHECKPOINT")
			.containsEntry("firstBrokenSequence", (int) (head / 2) + 1);
	}

	private long head() {
		return ((Number) graph.rows("MATCH (c:AuditChain {id: 'main'}) RETURN c.sequence AS sequence", Map.of())
			.get(0)
			.get("sequence")).longValue();
	}

	/**
	 * A Bolt session with the database password: outside the API, its rules and its
	 * audit.
	 */
	private void cypher(String statement, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement, parameters).consume());
		}
	}

	/**
	 * What auditChain answers, having checked that walking the events two at a time finds
	 * the same as the service's pages of a thousand.
	 */
	private Map<String, Object> chain() {
		graph.auditCaughtUp();
		assertThat(new ChainVerification(namedQueries, seal, checkpoints, transactions, 2)
			.verify(new JournalCopies(Map.of()))).as("the chain walked two events a page")
			.isEqualTo(verification.verify(new JournalCopies(Map.of())));
		return users.as("privacy", null)
			.document("{ auditChain { events valid firstBrokenSequence problem checkpointSequence } }")
			.execute()
			.path("auditChain")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

}
