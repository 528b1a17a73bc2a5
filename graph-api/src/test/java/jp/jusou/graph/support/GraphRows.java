package jp.jusou.graph.support;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.boot.test.context.TestComponent;

/**
 * Cypher straight through the driver, for tests that look at or change the graph behind
 * the API.
 */
@TestComponent
public class GraphRows {

	private final Driver driver;

	GraphRows(Driver driver) {
		this.driver = driver;
	}

	/** The rows of a read, each as a map. */
	public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.run(cypher, parameters).list(Record::asMap);
		}
	}

	/** Runs a write in its own transaction. */
	public void write(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
		}
	}

}
