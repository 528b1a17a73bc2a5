package jp.jusou.graph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Neo4j used when no {@code NEO4J_URI} is set. Its Bolt port always authenticates.
 *
 * @param dataDirectory where the store lives; it survives restarts
 * @param boltAddress interface Bolt listens on; localhost only by default
 * @param boltPort Bolt port for Neo4j Browser or cypher-shell; 0 picks a free port (tests)
 * @param boltEnabled false: no Bolt port for other programs (the production profile); the service then
 * talks to the database over a free loopback port with a password made at each start and kept in memory
 * @param boltPassword the password of the {@code neo4j} user; empty: read {@code boltPasswordFile}
 * @param boltPasswordFile a file holding the password (a secret mounted by the platform, say); when it
 * does not exist it is created with a random password, readable by its owner only; empty: {@code
 * bolt-password} in the data directory
 */
@ConfigurationProperties("jusou.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("true") boolean boltEnabled, String boltPassword, Path boltPasswordFile) {

	/** Where the Bolt password is kept when none is configured. */
	public Path passwordFile() {
		return boltPasswordFile != null ? boltPasswordFile : dataDirectory.resolve("bolt-password");
	}
}
