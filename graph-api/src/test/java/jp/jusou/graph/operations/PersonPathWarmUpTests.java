package jp.jusou.graph.operations;

import java.time.Duration;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person path's warm-up reads its made-up household through the access policy — the
 * members with a basis shown, the one without withheld — and leaves nothing, over more
 * than one transaction: no node of it, no audit event.
 */
@GraphApiTest
class PersonPathWarmUpTests {

	@Autowired
	PersonPathWarmUp warmUp;

	@Autowired
	GraphRows graph;

	@Test
	void readsTheMadeUpHouseholdThroughThePolicyAndLeavesNothing() {
		long nodes = graph.nodesBesideTheAudit();
		long auditEvents = auditEvents();

		int reads = PersonPathWarmUp.READS_PER_TRANSACTION + 10;
		PersonPathWarmUp.Result result = warmUp
			.run(new WarmUpPace(reads, 0.25, Duration.ofSeconds(120), System::nanoTime, () -> -1));

		assertThat(result.reads()).as("two transactions' reads").isEqualTo(reads);
		assertThat(result.membersShown())
			.as("the mother (her case) and the son (his consent) in each read by id and each page; the relative withheld")
			.isEqualTo(2 * reads);
		assertThat(result.recordsDropped()).as("each read made its record, and it went nowhere").isEqualTo(reads);
		assertThat(graph.rows("MATCH (n) WHERE n.id STARTS WITH 'warm-up#' RETURN count(n) AS n", Map.of()).get(0))
			.as("the transaction rolled back")
			.containsEntry("n", 0L);
		assertThat(graph.nodesBesideTheAudit()).isEqualTo(nodes);
		assertThat(auditEvents()).as("no record reached the audit log").isEqualTo(auditEvents);
	}

	private long auditEvents() {
		return (Long) graph.rows("MATCH (e:AuditEvent) RETURN count(e) AS n", Map.of()).get(0).get("n");
	}

}
