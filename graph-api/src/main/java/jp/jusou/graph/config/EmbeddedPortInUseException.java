package jp.jusou.graph.config;

import java.net.BindException;
import java.util.Optional;

/**
 * The embedded database could not listen for Bolt: another program (often another Neo4j)
 * holds the port.
 */
class EmbeddedPortInUseException extends RuntimeException {

	private final String address;

	private EmbeddedPortInUseException(String address, Throwable cause) {
		super("Bolt port " + address + " is already in use", cause);
		this.address = address;
	}

	String address() {
		return address;
	}

	/**
	 * This exception when {@code failure} was caused by a port already bound, else empty.
	 */
	static Optional<EmbeddedPortInUseException> when(Throwable failure, String address) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return Optional.of(new EmbeddedPortInUseException(address, failure));
			}
		}
		return Optional.empty();
	}

}
