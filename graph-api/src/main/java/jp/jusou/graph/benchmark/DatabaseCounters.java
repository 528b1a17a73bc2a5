package jp.jusou.graph.benchmark;

import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.query.QueryExecutionMonitor;
import org.neo4j.kernel.impl.transaction.stats.DatabaseTransactionStats;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.Monitors;

/**
 * Statements and transactions the embedded database ran, counted by the database itself
 * (a query monitor and its transaction statistics), so the table's figures per request
 * are measured rather than declared. Against a server ({@code NEO4J_URI}) there is no
 * embedded database and nothing is counted.
 */
final class DatabaseCounters {

	private final DatabaseTransactionStats transactions;

	private final AtomicLong statements = new AtomicLong();

	private long statementsAtStart;

	private long transactionsAtStart;

	private DatabaseCounters(GraphDatabaseAPI database) {
		this.transactions = database.getDependencyResolver().resolveDependency(DatabaseTransactionStats.class);
		database.getDependencyResolver()
			.resolveDependency(Monitors.class)
			.addMonitorListener(new QueryExecutionMonitor() {
				@Override
				public void startProcessing(ExecutingQuery query) {
				}

				@Override
				public void startExecution(ExecutingQuery query) {
				}

				@Override
				public void endFailure(ExecutingQuery query, Throwable failure) {
					statements.incrementAndGet();
				}

				@Override
				public void endFailure(ExecutingQuery query, String reason, Status status, ErrorGqlStatusObject gql) {
					statements.incrementAndGet();
				}

				@Override
				public void endSuccess(ExecutingQuery query) {
					statements.incrementAndGet();
				}
			});
	}

	/** Counters for the embedded database, or null on a server. */
	static DatabaseCounters of(DatabaseManagementService embedded) {
		return embedded == null ? null : new DatabaseCounters((GraphDatabaseAPI) embedded.database("neo4j"));
	}

	void start() {
		statementsAtStart = statements.get();
		transactionsAtStart = finished();
	}

	/** Statements and transactions since {@link #start()}. */
	long[] stop() {
		return new long[] { statements.get() - statementsAtStart, finished() - transactionsAtStart };
	}

	private long finished() {
		return transactions.getNumberOfCommittedTransactions() + transactions.getNumberOfRolledBackTransactions();
	}

}
