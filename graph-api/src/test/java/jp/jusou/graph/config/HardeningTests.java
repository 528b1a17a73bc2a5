package jp.jusou.graph.config;

import java.time.Duration;
import java.util.List;

import jp.jusou.graph.support.CypherRoundTrips;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import graphql.execution.instrumentation.ChainedInstrumentation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.ResponseError;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Abusive documents are rejected before any resolver runs (no Cypher beyond the sign-in
 * lookup), and a slow statement is ended by the database at the transaction timeout.
 */
@GraphApiTest
class HardeningTests {

	static final int SIGN_IN = 1;

	@Autowired
	DemoUsers users;

	@Autowired
	CypherRoundTrips roundTrips;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	GraphQlSource graphQlSource;

	/**
	 * The depth and complexity checks are graphql-java's instrumentation itself: wrapped
	 * in a chain, as Spring for GraphQL does with any list, it is asked at every field of
	 * every answer.
	 */
	@Test
	void theLimitsAreTheEnginesOneInstrumentationNotAChain() {
		assertThat(graphQlSource.graphQl().getInstrumentation()).isNotInstanceOf(ChainedInstrumentation.class)
			.extracting(instrumentation -> instrumentation.getClass().getSimpleName())
			.isEqualTo("OperationInstrumentation");
	}

	@Test
	void aDepthTwentyQueryIsRejectedBeforeAnyCypherRuns() {
		String deep = "{ areas { agencies { areas { agencies { areas { agencies { areas { agencies { areas { agencies "
				+ "{ areas { agencies { areas { agencies { areas { agencies { areas { agencies { areas { id } } } } } } } } } } } } } } } } } } } }";
		assertRejectedBeforeCypher(deep, "depth");
	}

	@Test
	void aFiveHundredAliasQueryIsRejectedBeforeAnyCypherRuns() {
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 500; i++) {
			aliases.append(" a").append(i).append(": areas { id }");
		}
		assertRejectedBeforeCypher(aliases.append(" }").toString(), "complexity");
	}

	@Test
	void anOverLongDocumentIsRejectedBeforeAnyCypherRuns() {
		String padding = "# " + "x".repeat(25_000) + "\n";
		assertRejectedBeforeCypher(padding + "{ areas { id } }", "characters");
	}

	@Test
	void aSlowStatementIsEndedAtTheTransactionTimeout() {
		assertThat(((AbstractPlatformTransactionManager) transactionManager).getDefaultTimeout())
			.as("spring.transaction.default-timeout, in seconds")
			.isEqualTo(10);
		TransactionTemplate oneSecond = new TransactionTemplate(transactionManager);
		oneSecond.setReadOnly(true);
		oneSecond.setTimeout(1);
		long started = System.nanoTime();
		assertThatThrownBy(() -> oneSecond.executeWithoutResult(
				status -> neo4j.query("UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n")
					.fetch()
					.one()))
			.satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
				.as("ended by the database because of the transaction timeout")
				.contains("timeout"));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("HardeningTests: a statement that needs far longer was ended after %d ms (timeout 1 s)%n",
				took.toMillis());
		assertThat(took).isLessThan(Duration.ofSeconds(8));
	}

	private void assertRejectedBeforeCypher(String document, String what) {
		roundTrips.reset();
		List<ResponseError> errors = users.as("coordinator").document(document).execute().returnResponse().getErrors();
		assertThat(errors).as(what)
			.isNotEmpty()
			.allSatisfy(error -> assertThat(error.getMessage()).doesNotContain("Exception", "jp.jusou", "MATCH"));
		assertThat(roundTrips.count()).as("only the sign-in lookup ran").isEqualTo(SIGN_IN);
	}

}
