package jp.jusou.graph.config;

import java.nio.file.Files;

import jp.jusou.graph.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile: no introspection, no GraphiQL, no demo city, no Bolt port for
 * other programs. (Its own database; the Staff users are created here by loading the demo
 * city explicitly, as an operator would create them.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jusou.demo.load=true", "jusou.embedded.page-cache=96MB",
				"jusou.embedded.transaction-log-retention=1G size" })
@ActiveProfiles({ "test", "production" })
@Import(DemoUsers.class)
class ProductionProfileTests {

	@Autowired
	DemoUsers users;

	@Autowired
	DatabaseManagementService database;

	@Autowired
	EmbeddedNeo4jProperties properties;

	@Test
	void introspectionIsOff() {
		var errors = users.as("coordinator")
			.document("{ __schema { types { name } } }")
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).isNotEmpty();
	}

	@Test
	void graphiqlIsNotServed() {
		users.client()
			.get()
			.uri("/graphiql")
			.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
			.exchange()
			.expectStatus()
			.isNotFound();
		users.client()
			.get()
			.uri("/graphiql/vendor/graphiql.min.js")
			.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void boltIsForTheServiceAloneAndKeepsNoPasswordOnDisk() {
		assertThat(Files.exists(properties.passwordFile())).isFalse();
		try (Driver driver = GraphDatabase.driver(EmbeddedBoltTests.boltUri(database), AuthTokens.none())) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
	}

	@Test
	void theEmbeddedDatabaseReportsNoUsageToItsVendor() {
		var config = ((org.neo4j.kernel.internal.GraphDatabaseAPI) database.database("system")).getDependencyResolver()
			.resolveDependency(org.neo4j.configuration.Config.class);
		assertThat(config.get(org.neo4j.configuration.GraphDatabaseSettings.udc_enabled)).isFalse();
	}

	@Test
	void memoryAndLogRetentionAreSetThroughJusouEmbedded() {
		var config = ((org.neo4j.kernel.internal.GraphDatabaseAPI) database.database("system")).getDependencyResolver()
			.resolveDependency(org.neo4j.configuration.Config.class);
		assertThat(config.get(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory)).isEqualTo(96L << 20);
		assertThat(config.get(org.neo4j.configuration.GraphDatabaseSettings.keep_logical_logs)).isEqualTo("1G size");
	}

	@Test
	void queriesStillWork() {
		users.as("coordinator")
			.document("{ me { staffId } }")
			.execute()
			.path("me.staffId")
			.entity(String.class)
			.isEqualTo("st-coord");
	}

}
