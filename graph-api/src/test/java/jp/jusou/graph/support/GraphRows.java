package jp.jusou.graph.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.audit.AuditJournalShipper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.boot.test.context.TestComponent;

/**
 * Cypher straight through the driver, for tests that look at or change the graph behind
 * the API. Each first waits until the reads this instance audited are copied from its
 * journal into the database (as {@code auditTrail} does), so a test that looks at
 * AuditEvent nodes right after a request finds its record.
 */
@TestComponent
public class GraphRows {

	private final Driver driver;

	private final AuditJournalShipper shipper;

	public GraphRows(Driver driver, AuditJournalShipper shipper) {
		this.driver = driver;
		this.shipper = shipper;
	}

	/** Waits until this instance's audited reads are in the database. */
	public void auditCaughtUp() {
		if (!shipper.catchUp(Duration.ofSeconds(10))) {
			throw new IllegalStateException("The audit journal was not copied into the database within 10 s");
		}
	}

	/** The rows of a read, each as a map. */
	public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		auditCaughtUp();
		try (Session session = driver.session()) {
			return session.run(cypher, parameters).list(Record::asMap);
		}
	}

	/**
	 * The nodes that are not the audit's own: what a refused write must leave as it was
	 * (the audit records a refused attempt on purpose, and its first journal line creates
	 * the journal's position).
	 */
	public long nodesBesideTheAudit() {
		return ((Number) rows("""
				MATCH (n) WHERE NOT (n:AuditEvent OR n:AuditChain OR n:AuditSubject OR n:AuditBatch OR n:AuditLinks
				                     OR n:AuditJournal)
				RETURN count(n) AS nodes""", Map.of()).get(0).get("nodes")).longValue();
	}

	/** Runs a write in its own transaction. */
	public void write(String cypher, Map<String, Object> parameters) {
		auditCaughtUp();
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
		}
	}

}
