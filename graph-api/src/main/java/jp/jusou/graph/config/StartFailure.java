package jp.jusou.graph.config;

/**
 * A start that cannot go on as configured, with what to do about it:
 * {@link StartFailureAnalyzer} prints the two lines instead of the stack trace beneath.
 */
class StartFailure extends RuntimeException {

	private final String action;

	private StartFailure(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	String action() {
		return action;
	}

	/**
	 * The embedded database could not listen for Bolt: another program holds the port.
	 */
	static StartFailure boltPortInUse(String address, Throwable cause) {
		return new StartFailure(
				"The embedded Neo4j could not listen for Bolt on " + address
						+ ": the port is already in use (another Neo4j, or a second copy of this service?).",
				"Stop the program on that port, or set JUSOU_EMBEDDED_BOLT_PORT (jusou.embedded.bolt-port) to a free"
						+ " port, 0 for any, or JUSOU_EMBEDDED_BOLT_ENABLED=false if no other program needs Bolt.",
				cause);
	}

	/**
	 * The embedded store is locked by another process, most often the service itself,
	 * still running.
	 */
	static StartFailure storeInUse(String directory, Throwable cause) {
		return new StartFailure(
				"The embedded Neo4j store at " + directory
						+ " is in use by another process (the service, still running?).",
				"Stop that process first (the import command needs the store to itself), or point"
						+ " JUSOU_EMBEDDED_DATA_DIRECTORY at another store, or run against a server with NEO4J_URI.",
				cause);
	}

	/**
	 * The server artifact, which has no embedded database, started with no server named.
	 */
	static StartFailure noServerNamed() {
		return new StartFailure(
				"This is the server artifact (graph-api-*-server.jar): it has no embedded Neo4j,"
						+ " and no Neo4j server is named.",
				"Set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to your Neo4j server or cluster, or run"
						+ " graph-api-<version>.jar, which embeds the database.",
				null);
	}

}
