package jp.jusou.graph.config;

/**
 * The embedded store is locked by another process: most often the service itself, still
 * running, when the import command or a second copy is started on the same data
 * directory.
 */
class EmbeddedStoreInUseException extends RuntimeException {

	private final String directory;

	EmbeddedStoreInUseException(String directory, Throwable cause) {
		super("The embedded store at " + directory + " is in use by another process", cause);
		this.directory = directory;
	}

	String directory() {
		return directory;
	}

}
