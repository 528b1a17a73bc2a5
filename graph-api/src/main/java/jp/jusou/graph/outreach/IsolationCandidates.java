package jp.jusou.graph.outreach;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.CypherQueries;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the IsolationCandidate label (the lasting part of "isolated": living alone or only with
 * dependants, in no activity, no open case) true on write: each write that can change one of those for a
 * person or a household calls {@link #refresh} in its own transaction, so the label commits with the
 * write or not at all. isolatedResidentsNear and the dashboard then look candidates up by index.
 */
@Component
public class IsolationCandidates {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	IsolationCandidates(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** Decides the label afresh for these persons and every current and former member of these households. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(Collection<String> personIds, Collection<String> householdIds) {
		neo4j.query(queries.get("isolation-refresh"))
			.bindAll(Map.of("personIds", List.copyOf(personIds), "householdIds", List.copyOf(householdIds)))
			.run();
	}
}
