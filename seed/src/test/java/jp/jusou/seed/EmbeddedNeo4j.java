package jp.jusou.seed;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j in-process for one test class, in its own store, with Bolt on a free local
 * port.
 */
final class EmbeddedNeo4j implements AutoCloseable {

	private final DatabaseManagementService dbms;

	private final Driver driver;

	EmbeddedNeo4j(Path store) {
		dbms = new DatabaseManagementServiceBuilder(store).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.build();
		HostnamePort bolt = ((GraphDatabaseAPI) dbms.database("neo4j")).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		driver = GraphDatabase.driver("bolt://" + bolt.getHost() + ":" + bolt.getPort(), AuthTokens.none());
	}

	Driver driver() {
		return driver;
	}

	/** The single row of {@code cypher}, as a map. */
	Map<String, Object> row(String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).single().asMap();
		}
	}

	/** The single number {@code cypher} returns, e.g. a count. */
	long count(String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	@Override
	public void close() {
		driver.close();
		dbms.shutdown();
	}

}
