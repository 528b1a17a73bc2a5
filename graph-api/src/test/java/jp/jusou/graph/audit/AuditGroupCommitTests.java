package jp.jusou.graph.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import jp.jusou.graph.support.NamedQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log appends what concurrent requests read together, and stays one gapless
 * valid chain when its remembered head is wrong: another service instance appended in
 * between, or a staff member moved to another agency since their last record.
 */
@GraphApiTest
class AuditGroupCommitTests {

	static final String HOUSEHOLD = "{ household(id: \"hh-reita\") { members { name } } }";

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Autowired
	NamedQueries namedQueries;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AuditSeal seal;

	@Autowired
	AuditCheckpoints checkpoints;

	@Test
	void sixteenConcurrentRequestsAreEachAuditedOnceInOneGaplessChain() throws Exception {
		long before = headSequence();
		ExecutorService clients = Executors.newFixedThreadPool(16);
		try {
			List<Callable<Object>> requests = new ArrayList<>();
			for (int i = 0; i < 48; i++) {
				requests.add(() -> users.as("coordinator")
					.document(HOUSEHOLD)
					.execute()
					.path("household.members")
					.hasValue());
			}
			for (Future<Object> answered : clients.invokeAll(requests)) {
				answered.get();
			}
		}
		finally {
			clients.shutdown();
		}
		List<Long> sequences = graph
			.rows("MATCH (e:AuditEvent) WHERE e.sequence > $before RETURN e.sequence AS s ORDER BY s",
					Map.of("before", before))
			.stream()
			.map(row -> ((Number) row.get("s")).longValue())
			.toList();
		assertThat(sequences).as("one event per request (household and members together), numbered without gaps")
			.containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + 48).boxed().toList());
		assertThat(headSequence()).isEqualTo(before + 48);
		assertThat(chainIsValid()).isTrue();
	}

	@Test
	void anAppendByAnotherInstanceIsNoticedAndChainedAfter() throws InterruptedException {
		users.as("coordinator").document(HOUSEHOLD).execute().errors().verify();
		graph.auditCaughtUp();
		AuditLinker otherLinker = new AuditLinker(namedQueries, transactionManager, Duration.ofSeconds(1));
		AuditLog otherInstance = new AuditLog(namedQueries, transactionManager, seal, checkpoints, otherLinker);
		List<Long> theirs = otherInstance.append(List.of(new AuditEntry("coordinator", "st-coord", "CASE_WORK",
				Instant.now(), PersonalDataRead.denied().named("Query.household"))));
		// the other instance stops as a service does: its linker links what is left and
		// its thread ends
		otherLinker.destroy();

		users.as("coordinator").document(HOUSEHOLD).execute().errors().verify();

		long ours = headSequence();
		assertThat(ours).as("this instance's records follow the other's").isEqualTo(theirs.get(0) + 1);
		assertThat(chainIsValid()).isTrue();
	}

	@Test
	void aStaffMemberWhoMovedIsRecordedAtTheNewAgency() {
		users.as("houkatsu1").document(HOUSEHOLD).execute();
		Map<String, Object> before = graph.rows("""
				MATCH (:Staff {username: 'houkatsu1'})-[:WORKS_AT]->(a:Agency)
				MATCH (other:Agency {id: 'ag-shougai-kikan'})
				RETURN a.id AS from, other.id AS to""", Map.of()).get(0);
		graph.write("""
				MATCH (s:Staff {username: 'houkatsu1'})-[w:WORKS_AT]->(:Agency {id: $from})
				MATCH (to:Agency {id: $to})
				DELETE w CREATE (s)-[:WORKS_AT]->(to)""", before);
		try {
			users.as("houkatsu1").document(HOUSEHOLD).execute();
			assertThat(graph.rows("""
					MATCH (e:AuditEvent) WITH e ORDER BY e.sequence DESC LIMIT 1
					RETURN e.username AS username, e.agencyId AS agencyId""", Map.of()))
				.containsExactly(Map.of("username", "houkatsu1", "agencyId", before.get("to")));
		}
		finally {
			graph.write("""
					MATCH (s:Staff {username: 'houkatsu1'})-[w:WORKS_AT]->(:Agency {id: $to})
					MATCH (from:Agency {id: $from})
					DELETE w CREATE (s)-[:WORKS_AT]->(from)""", before);
		}
		assertThat(chainIsValid()).isTrue();
	}

	private boolean chainIsValid() {
		return users.as("privacy")
			.document("{ auditChain { valid } }")
			.execute()
			.path("auditChain.valid")
			.entity(Boolean.class)
			.get();
	}

	private long headSequence() {
		return ((Number) graph.rows("MATCH (c:AuditChain {id: 'main'}) RETURN c.sequence AS s", Map.of())
			.get(0)
			.get("s")).longValue();
	}

}
