package jp.jusou.graph.config;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's Bolt port is no side door: a connection without credentials, or
 * with the default or a wrong password, is refused; the password the service made is kept
 * owner-only in the data directory, and with it Neo4j Browser (here: a driver) signs in.
 */
@GraphApiTest
public class EmbeddedBoltTests {

	@Autowired
	DatabaseManagementService database;

	@Autowired
	EmbeddedNeo4jProperties properties;

	@Test
	void boltRefusesConnectionsWithoutThePassword() throws Exception {
		String uri = boltUri(database);
		for (AuthToken token : new AuthToken[] { AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
				AuthTokens.basic("neo4j", "wrong-password") }) {
			try (Driver driver = GraphDatabase.driver(uri, token)) {
				assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.passwordFile())))
			.isEqualTo("rw-------");
		String password = Files.readString(properties.passwordFile()).strip();
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
			driver.verifyConnectivity();
		}
	}

	public static String boltUri(DatabaseManagementService database) {
		HostnamePort bolt = ((GraphDatabaseAPI) database.database("neo4j")).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return "bolt://" + bolt.getHost() + ":" + bolt.getPort();
	}

}
