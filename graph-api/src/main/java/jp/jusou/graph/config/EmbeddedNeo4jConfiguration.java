package jp.jusou.graph.config;

import java.net.BindException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
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
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code NEO4J_URI}, the service starts Neo4j 5.26 in its own process with a
 * persistent store and talks to it over Bolt on localhost, exactly as it would talk to a
 * server. Bolt always authenticates (user {@code neo4j}, the password from
 * {@link BoltPassword}), so no other local program reads or writes the graph without it;
 * it stays open on the configured port so that Neo4j Browser or cypher-shell can sign in,
 * unless {@code jusou.embedded.bolt-enabled} is false (the production profile), when the
 * service alone uses a free loopback port with a password made at each start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
public class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/** The {@code neo4j} user's password, set on the embedded database at each start. */
	record EmbeddedCredentials(String username, String password) {
	}

	@Bean
	EmbeddedCredentials embeddedCredentials(EmbeddedNeo4jProperties properties) {
		return new EmbeddedCredentials("neo4j", BoltPassword.of(properties));
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedDatabase(EmbeddedNeo4jProperties properties, EmbeddedCredentials credentials,
			SyntheticFirstLoad syntheticFirstLoad) {
		syntheticFirstLoad.intoNewStore(properties.dataDirectory().toAbsolutePath());
		long started = System.nanoTime();
		SocketAddress listen = properties.boltEnabled()
				? new SocketAddress(properties.boltAddress(), properties.boltPort())
				: new SocketAddress("127.0.0.1", 0);
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(
				properties.dataDirectory().toAbsolutePath())
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// dbms.usage_report.enabled: a welfare system must not call out to the
			// database's vendor
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, listen)
			.setConfig(GraphDatabaseSettings.keep_logical_logs, properties.transactionLogRetention());
		if (properties.pageCache() != null) {
			builder.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes());
		}
		if (properties.transactionMemory() != null) {
			builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					properties.transactionMemory().toBytes());
		}
		DatabaseManagementService service;
		try {
			service = builder.build();
		}
		catch (RuntimeException ex) {
			if (causedBy(ex, FileLockException.class)) {
				throw StartFailure.storeInUse(properties.dataDirectory().toAbsolutePath().toString(), ex);
			}
			if (causedBy(ex, BindException.class)) {
				throw StartFailure.boltPortInUse(listen.toString(), ex);
			}
			throw ex;
		}
		setPassword(service, credentials);
		log.info("Embedded Neo4j started in {} ms with its store at {}", (System.nanoTime() - started) / 1_000_000,
				properties.dataDirectory().toAbsolutePath());
		if (properties.boltEnabled()) {
			log.info("Neo4j Browser and cypher-shell sign in as user neo4j with the password {}",
					properties.boltPassword() != null && !properties.boltPassword().isBlank()
							? "of jusou.embedded.bolt-password" : "in " + properties.passwordFile().toAbsolutePath());
		}
		else {
			log.info("Bolt for other programs is off (jusou.embedded.bolt-enabled=false): only this service reaches"
					+ " the database");
		}
		return service;
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Sets the password of the {@code neo4j} user through the embedded API (which needs
	 * none), so that a new store never keeps the default password and a changed
	 * configuration applies at the next start.
	 */
	private static void setPassword(DatabaseManagementService service, EmbeddedCredentials credentials) {
		try {
			service.database("system")
				.executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", credentials.password()));
		}
		catch (RuntimeException ex) {
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				service.shutdown();
				throw ex;
			}
		}
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService embeddedDatabase, EmbeddedCredentials credentials,
			ObjectProvider<ConfigBuilderCustomizer> customizers) {
		GraphDatabaseAPI database = (GraphDatabaseAPI) embeddedDatabase.database("neo4j");
		HostnamePort bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		String uri = "bolt://" + bolt.getHost() + ":" + bolt.getPort();
		log.info("Embedded Neo4j Bolt listening on {}", uri);
		// the customizers include the driver's logging (DriverLogging) and notifications
		Config.ConfigBuilder config = Config.builder()
			.withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
			.withMaxConnectionPoolSize(64);
		customizers.orderedStream().forEach(customizer -> customizer.customize(config));
		return GraphDatabase.driver(uri, AuthTokens.basic(credentials.username(), credentials.password()),
				config.build());
	}

}
