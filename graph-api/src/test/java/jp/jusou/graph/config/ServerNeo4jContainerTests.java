package jp.jusou.graph.config;

import jp.jusou.graph.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same service against a Neo4j server (NEO4J_URI set): migrations, demo city and the
 * headline query over a real server in a container. Skipped where no Docker engine runs
 * (as on the CI here).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DemoUsers.class)
class ServerNeo4jContainerTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword("test-password");

	@DynamicPropertySource
	static void serverConnection(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", neo4j::getBoltUrl);
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "test-password");
	}

	@Autowired
	DemoUsers users;

	@Test
	void answersTheHeadlineQueryFromAServer() {
		users.as("coordinator")
			.document("{ household(id: \"hh-reita\") { agencies { withheld { count } } } }")
			.execute()
			.path("household.agencies.withheld.count")
			.entity(Integer.class)
			.isEqualTo(2);
	}

}
