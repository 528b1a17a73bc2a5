package jp.jusou.graph.config;

import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code NEO4J_URI}, the service starts Neo4j 5.26 in its own process with a persistent
 * store and talks to it over Bolt on localhost, exactly as it would talk to a server. Bolt stays
 * open so Neo4j Browser or cypher-shell can look at the same graph.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
public class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedDatabase(EmbeddedNeo4jProperties properties) {
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(
				properties.dataDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(properties.boltAddress(), properties.boltPort()))
			.build();
		log.info("Embedded Neo4j started in {} ms with its store at {}", (System.nanoTime() - started) / 1_000_000,
				properties.dataDirectory().toAbsolutePath());
		return service;
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService embeddedDatabase) {
		GraphDatabaseAPI database = (GraphDatabaseAPI) embeddedDatabase.database("neo4j");
		HostnamePort bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		String uri = "bolt://" + bolt.getHost() + ":" + bolt.getPort();
		log.info("Embedded Neo4j Bolt listening on {}", uri);
		return GraphDatabase.driver(uri, AuthTokens.none(),
				Config.builder().withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
					.withMaxConnectionPoolSize(64)
					.build());
	}
}
