package jp.jusou.graph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The embedded Neo4j used when no {@code NEO4J_URI} is set. Its Bolt port always
 * authenticates.
 *
 * @param dataDirectory where the store lives; it survives restarts
 * @param boltAddress interface Bolt listens on; localhost only by default
 * @param boltPort Bolt port for Neo4j Browser or cypher-shell; 0 picks a free port
 * (tests)
 * @param boltEnabled false: no Bolt port for other programs (the production profile); the
 * service then talks to the database over a free loopback port with a password made at
 * each start and kept in memory
 * @param boltPassword the password of the {@code neo4j} user; empty: read
 * {@code boltPasswordFile}
 * @param boltPasswordFile a file holding the password (a secret mounted by the platform,
 * say); when it does not exist it is created with a random password, readable by its
 * owner only; empty: {@code
 * bolt-password} in the data directory
 * @param pageCache memory Neo4j keeps the store's pages in, outside the Java heap ({@code
 * server.memory.pagecache.size}); empty: Neo4j's own choice (half of the free memory).
 * README, "Sizing".
 * @param transactionMemory the most memory all running transactions may hold together
 * ({@code
 * dbms.memory.transaction.total.max}); empty: Neo4j's default (70% of the heap)
 * @param transactionLogRetention how much of the transaction logs to keep after a
 * checkpoint ({@code
 * db.tx_log.rotation.retention_policy}, e.g. {@code 2 days}, {@code 1G size},
 * {@code false} for the least); an online backup needs the logs since the last one
 */
@ConfigurationProperties("jusou.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("true") boolean boltEnabled, String boltPassword, Path boltPasswordFile, DataSize pageCache,
		DataSize transactionMemory, @DefaultValue("2 days") String transactionLogRetention) {

	/** Where the Bolt password is kept when none is configured. */
	public Path passwordFile() {
		return boltPasswordFile != null ? boltPasswordFile : dataDirectory.resolve("bolt-password");
	}
}
