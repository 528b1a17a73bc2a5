package jp.jusou.graph.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write and its audit record commit together or not at all: with the audit chain held
 * by someone else past the transaction's time limit, recordConsultation answers
 * AUDIT_UNAVAILABLE and nothing was written — so sending it again, as the message says,
 * creates no duplicate. Once the chain is free, the same request writes the household and
 * its audit event.
 */
@GraphApiTest
class AuditWithTheWriteTests {

	static final String REGISTER = GraphQlDocuments.named("audit/register");

	@Autowired
	KeptFactsRebuild keptFacts;

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Autowired
	Driver driver;

	@Test
	void aWriteWhoseAuditRecordCannotBeWrittenIsNotWritten() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> {
			try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
				tx.run("MATCH (c:AuditChain {id: 'main'}) SET c.lockedAt = datetime()").consume();
				locked.countDown();
				release.await(30, TimeUnit.SECONDS);
				tx.rollback();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		holder.start();
		assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
		List<ResponseError> errors;
		try {
			errors = users.as("seikatsu").document(REGISTER).execute().returnResponse().getErrors();
		}
		finally {
			release.countDown();
			holder.join(30_000);
		}
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "AUDIT_UNAVAILABLE"));
		assertThat(households()).as("nothing written").isZero();

		String householdId = users.as("seikatsu")
			.document(REGISTER)
			.execute()
			.path("recordConsultation.householdId")
			.entity(String.class)
			.get();
		try {
			assertThat(households()).as("written once, on the retry").isOne();
			assertThat(graph.rows("""
					MATCH (e:AuditEvent {operation: 'Mutation.recordConsultation'}) WHERE $id IN e.householdIds
					RETURN count(e) AS events""", Map.of("id", householdId)).get(0).get("events")).isEqualTo(1L);
		}
		finally {
			graph.write("""
					MATCH (h:Household {id: $id})<-[:MEMBER_OF]-(p:Person)<-[:ABOUT]-(c:Case)-[:HAS_CONSULTATION]->(con)
					DETACH DELETE con, c, p, h""", Map.of("id", householdId));
			keptFacts.decideAfresh();
		}
	}

	private long households() {
		return (Long) graph.rows("MATCH (h:Household {address: '監査同時（架空）'}) RETURN count(h) AS n", Map.of())
			.get(0)
			.get("n");
	}

}
