package jp.jusou.graph.audit;

import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkpoint follows the last append: with the production-like interval, appends that
 * came within one interval of the previous checkpoint are written at the interval's end.
 * Before, deleting the newest events over Bolt 2.5 s after the last append and winding
 * the head back went undetected whenever those events came within the interval.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jusou.audit.checkpoint-interval=2s", "jusou.audit.key-id=trailing" })
@ActiveProfiles("test")
@Import({ DemoUsers.class, GraphRows.class })
class AuditCheckpointTrailingEdgeTests {

	static final String READ = "{ household(id: \"hh-reita\") { members { name } } }";

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Autowired
	Driver driver;

	@Test
	void deletingEventsAppendedWithinTheIntervalIsBehindTheCheckpoint() throws InterruptedException {
		for (int i = 0; i < 4; i++) {
			users.as("coordinator").document(READ).execute().errors().verify();
		}
		// longer than the interval, shorter than anything a forger could count on
		Thread.sleep(3_000);
		long head = ((Number) graph.rows("MATCH (c:AuditChain {id: 'main'}) RETURN c.sequence AS sequence", Map.of())
			.get(0)
			.get("sequence")).longValue();
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					MATCH (e:AuditEvent) WHERE e.sequence > $keep DETACH DELETE e
					WITH count(*) AS gone
					MATCH (kept:AuditEvent {sequence: $keep}), (chain:AuditChain {id: 'main'})
					SET chain.sequence = kept.sequence, chain.lastHash = kept.hash""", Map.of("keep", head - 3))
				.consume());
		}
		Map<String, Object> chain = users.as("privacy", null)
			.document("{ auditChain { valid problem checkpointSequence } }")
			.execute()
			.path("auditChain")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(chain).containsEntry("valid", false)
			.containsEntry("problem", "BEHIND_CHECKPOINT")
			.containsEntry("checkpointSequence", (int) head);
	}

}
