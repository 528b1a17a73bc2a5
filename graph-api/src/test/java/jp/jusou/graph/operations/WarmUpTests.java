package jp.jusou.graph.operations;

import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up before readiness goes through the whole GraphQL layer without errors and
 * reads no person: it leaves no audit event.
 */
@GraphApiTest
class WarmUpTests {

	@Autowired
	WarmUp warmUp;

	@Autowired
	GraphRows graph;

	private long auditEvents() {
		return (Long) graph.rows("MATCH (e:AuditEvent) RETURN count(e) AS n", Map.of()).get(0).get("n");
	}

	@Test
	void answersEveryRequestAndReadsNoPerson() {
		long auditEvents = auditEvents();
		WarmUp.Result result = warmUp.warmUp(30);
		assertThat(result.failure()).isEmpty();
		assertThat(result.answered()).isEqualTo(30);
		assertThat(auditEvents()).as("no audit event: no person read").isEqualTo(auditEvents);
	}

}
