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
 * members with a basis shown, the one without withheld — and leaves nothing: no node of
 * it, no audit event.
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

		PersonPathWarmUp.Result result = warmUp.run(10, Duration.ofSeconds(60));

		assertThat(result.reads()).isEqualTo(10);
		assertThat(result.membersShown())
			.as("the mother (her case) and the son (his consent) in each of 5 reads by id and 5 pages; the relative withheld")
			.isEqualTo(20);
		assertThat(result.recordsDropped()).as("each read made its record, and it went nowhere").isEqualTo(10);
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
