package jp.jusou.graph.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every named query in {@code cypher/queries} compiles on the Neo4j the service runs on
 * (EXPLAIN plans it without running it), so a syntax slip in a query a test does not
 * reach fails the build, not a user; and none draws a notification from the database on
 * the demo city (an unknown property, a cartesian product, a deprecated form): the
 * service turns notifications off at the driver, so the queries must not need them.
 */
@GraphApiTest
class NamedQueriesTests {

	@Autowired
	Driver driver;

	@Test
	void everyNamedQueryCompiles() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/*.cypher");
		assertThat(files).hasSizeGreaterThan(40);
		List<String> failures = new ArrayList<>();
		List<String> notifications = new ArrayList<>();
		try (Session session = driver.session(SessionConfig.builder()
			.withNotificationConfig(
					NotificationConfig.defaultConfig().enableMinimumSeverity(NotificationSeverity.INFORMATION))
			.build())) {
			for (Resource file : files) {
				String text = CypherQueries.compose(file.getContentAsString(StandardCharsets.UTF_8));
				try {
					session.run(new Query("EXPLAIN " + text))
						.consume()
						.notifications()
						.stream()
						// EXPLAIN runs without the parameters the service binds; that one
						// is about the test
						.filter(notification -> !notification.code().endsWith("ParameterNotProvided"))
						.forEach(notification -> notifications
							.add(file.getFilename() + ": " + notification.code() + " " + notification.description()));
				}
				catch (RuntimeException ex) {
					failures.add(file.getFilename() + ": " + ex.getMessage());
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(notifications)
			.as("notifications of the named queries against the demo city (each one would be"
					+ " built and formatted on every call)")
			.isEmpty();
	}

	/**
	 * The access facts are written once, in fragments/access.cypher: every named query
	 * that returns access facts includes that section, and none restates the traversals
	 * (a reader's own cases, its meetings on the household, the consents that reach it).
	 */
	@Test
	void theAccessFactsLiveInOneFragment() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/*.cypher");
		List<String> restating = new ArrayList<>();
		List<String> including = new ArrayList<>();
		for (Resource file : files) {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			if (text.contains("{{access.facts}}")) {
				including.add(file.getFilename());
			}
			else if (text.matches("(?s).*(\\bAS access\\b|\\baccess:).*")) {
				restating.add(file.getFilename() + " returns access facts without the fragment");
			}
			for (String traversal : List.of("ownCasePersonIds", "ownVisit", "WHERE afHolder.id = me.id",
					"WHERE afAttendee.id = me.id", "[:GRANTS_TO]->(afGrantee:Agency)", "MADE_VISIT]-(afVisitor")) {
				if (text.contains(traversal)) {
					restating.add(file.getFilename() + " restates " + traversal);
				}
			}
		}
		assertThat(restating).isEmpty();
		assertThat(including).contains("household-by-id.cypher", "households-page.cypher",
				"isolated-residents-near.cypher", "resources-near-household.cypher", "meeting-check.cypher",
				"access-person.cypher");
	}

}
