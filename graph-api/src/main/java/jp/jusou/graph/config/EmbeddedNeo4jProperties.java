package jp.jusou.graph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Neo4j used when no {@code NEO4J_URI} is set.
 *
 * @param dataDirectory where the store lives; it survives restarts
 * @param boltAddress interface Bolt listens on; localhost only by default
 * @param boltPort Bolt port for Neo4j Browser or cypher-shell; 0 picks a free port (tests)
 */
@ConfigurationProperties("jusou.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("7687") int boltPort) {
}
