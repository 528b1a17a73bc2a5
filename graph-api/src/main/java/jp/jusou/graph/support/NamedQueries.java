package jp.jusou.graph.support;

import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The named queries ({@code cypher/queries/NAME.cypher}, see {@link CypherQueries}) run
 * through the transaction-aware client: what every service asks the graph with, by name,
 * with parameters only.
 */
@Component
public record NamedQueries(Neo4jClient neo4j, CypherQueries queries) {

	/** The named query, ready to bind its parameters. */
	public Neo4jClient.UnboundRunnableSpec query(String name) {
		return neo4j.query(queries.get(name));
	}

	/** The named query's one row (a check before a write), or none. */
	public Optional<Record> single(String name, Map<String, Object> parameters) {
		return SingleRow.of(neo4j, queries.get(name), parameters);
	}

}
