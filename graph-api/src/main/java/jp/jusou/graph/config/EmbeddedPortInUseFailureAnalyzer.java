package jp.jusou.graph.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in one line which setting to change when the embedded database's Bolt port is
 * taken, instead of the start failing with Neo4j's whole stack trace. (A taken HTTP or
 * management port is reported by Spring Boot's own analyzer: change {@code SERVER_PORT}
 * or {@code MANAGEMENT_PORT}.)
 */
class EmbeddedPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPortInUseException cause) {
		return new FailureAnalysis(
				"The embedded Neo4j could not listen for Bolt on " + cause.address()
						+ ": the port is already in use (another Neo4j, or a second copy of this service?).",
				"Stop the program on that port, or set JUSOU_EMBEDDED_BOLT_PORT (jusou.embedded.bolt-port) to a free"
						+ " port, 0 for any, or JUSOU_EMBEDDED_BOLT_ENABLED=false if no other program needs Bolt.",
				cause);
	}

}

/**
 * The server artifact, started with no {@code NEO4J_URI}: say so in one line instead of a
 * stack trace.
 */
class NoDatabaseConfiguredFailureAnalyzer
		extends AbstractFailureAnalyzer<EmbeddedNeo4jCondition.NoDatabaseConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure,
			EmbeddedNeo4jCondition.NoDatabaseConfiguredException cause) {
		return new FailureAnalysis(
				"This is the server artifact (graph-api-*-server.jar): it has no embedded Neo4j,"
						+ " and no Neo4j server is named.",
				"Set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to your Neo4j"
						+ " server or cluster, or run graph-api-<version>.jar, which embeds the database.",
				cause);
	}

}

/**
 * The embedded store already open in another process: say which, and what to do, in one
 * line.
 */
class EmbeddedStoreInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStoreInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStoreInUseException cause) {
		return new FailureAnalysis(
				"The embedded Neo4j store at " + cause.directory()
						+ " is in use by another process (the service, still running?).",
				"Stop that process first (the import command needs the store to itself), or point"
						+ " JUSOU_EMBEDDED_DATA_DIRECTORY at another store, or run against a server with NEO4J_URI.",
				cause);
	}

}
