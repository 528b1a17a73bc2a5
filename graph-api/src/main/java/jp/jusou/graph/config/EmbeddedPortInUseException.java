package jp.jusou.graph.config;

import java.net.BindException;
import java.util.Optional;

import org.neo4j.configuration.helpers.SocketAddress;

/** The embedded database could not listen for Bolt: another program (often another Neo4j) holds the port. */
class EmbeddedPortInUseException extends RuntimeException {

	private final transient SocketAddress address;

	private EmbeddedPortInUseException(SocketAddress address, Throwable cause) {
		super("Bolt port " + address + " is already in use", cause);
		this.address = address;
	}

	SocketAddress address() {
		return address;
	}

	/** This exception when {@code failure} was caused by a port already bound, else empty. */
	static Optional<EmbeddedPortInUseException> when(Throwable failure, SocketAddress address) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return Optional.of(new EmbeddedPortInUseException(address, failure));
			}
		}
		return Optional.empty();
	}
}
