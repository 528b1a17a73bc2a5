package jp.jusou.graph.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A taken HTTP port, said with the setting to change: {@code SERVER_PORT} for the
 * service's port, {@code MANAGEMENT_PORT} for the probes' and metrics' port (Spring
 * Boot's own analysis names neither).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

	private final Environment environment;

	WebPortInUseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		boolean management = String.valueOf(cause.getPort()).equals(environment.getProperty("management.server.port"));
		String setting = management ? "MANAGEMENT_PORT (management.server.port)" : "SERVER_PORT (server.port)";
		return new FailureAnalysis(
				"Port " + cause.getPort() + " is already in use (another program, or a second copy of this service?).",
				"Stop the program on that port, or set " + setting + " to a free port.", cause);
	}

}
