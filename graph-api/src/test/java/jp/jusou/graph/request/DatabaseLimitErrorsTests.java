package jp.jusou.graph.request;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timeout or a transient conflict reaches the client as an error it can act on
 * (TIMEOUT: ask for less; TRY_AGAIN), found by the Neo4j status code under Spring's
 * translation, with none of the database's words.
 */
class DatabaseLimitErrorsTests {

	@Test
	void aTransactionTimeoutBecomesTimeout() {
		var timedOut = new InvalidDataAccessResourceUsageException("terminated",
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
						"The transaction has not completed within the timeout specified at its start by the client"));
		assertThat(GraphQlErrors.databaseLimit(timedOut)).hasValueSatisfying(limit -> {
			assertThat(limit.code()).isEqualTo("TIMEOUT");
			assertThat(limit.rule()).isEqualTo("transaction-timeout");
			assertThat(limit.message()).contains("smaller", "制限時間").doesNotContain("Neo.", "client");
		});
	}

	@Test
	void aTransientConflictBecomesTryAgain() {
		var outdated = new TransientDataAccessResourceException("outdated",
				new TransientException("Neo.TransientError.Transaction.Outdated", "outdated"));
		assertThat(GraphQlErrors.databaseLimit(outdated)).get()
			.extracting(GraphQlErrors.DatabaseLimit::code)
			.isEqualTo("TRY_AGAIN");
	}

	@Test
	void otherFailuresStayInternal() {
		assertThat(GraphQlErrors.databaseLimit(new IllegalStateException("boom"))).isEmpty();
		assertThat(GraphQlErrors.databaseLimit(new ClientException("Neo.ClientError.Statement.SyntaxError", "x")))
			.isEmpty();
	}

}
