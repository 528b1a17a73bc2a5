package jp.jusou.graph.support;

import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs a statement that answers with at most one row — a pre-write check, a write
 * returning its ids.
 */
public final class SingleRow {

	private SingleRow() {
	}

	public static Optional<Record> of(Neo4jClient neo4j, String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetchAs(Record.class).mappedBy((types, record) -> record).one();
	}

}
