package jp.jusou.graph.config;

import jp.jusou.graph.support.SecretFile;

/**
 * The password of the embedded database's {@code neo4j} user: configured, read from a
 * secret file, or made once and kept in that file (owner-only), so that Neo4j Browser can
 * sign in with it; or, with Bolt off for other programs, made at each start and never
 * written anywhere.
 */
final class BoltPassword {

	private BoltPassword() {
	}

	static String of(EmbeddedNeo4jProperties properties) {
		if (!properties.boltEnabled()) {
			return SecretFile.random();
		}
		if (properties.boltPassword() != null && !properties.boltPassword().isBlank()) {
			return properties.boltPassword();
		}
		return SecretFile.readOrCreate(properties.passwordFile(), 8, "Bolt password");
	}

}
