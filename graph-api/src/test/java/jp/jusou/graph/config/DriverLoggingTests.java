package jp.jusou.graph.config;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A debug message the log would not show is never formatted: the driver calls debug for
 * every Bolt message of every request.
 */
class DriverLoggingTests {

	@Test
	void aDebugMessageBelowTheLevelIsNotFormatted() {
		Config.ConfigBuilder builder = Config.builder();
		new DriverLogging().driverLogsThroughSlf4j().customize(builder);
		Logger log = builder.build().logging().getLog("org.neo4j.driver.internal.async");
		AtomicInteger formatted = new AtomicInteger();
		Object message = new Object() {
			@Override
			public String toString() {
				formatted.incrementAndGet();
				return "RUN";
			}
		};

		assertThat(log.isDebugEnabled()).as("logback's level for the driver").isFalse();
		log.debug("C: %s", message);
		log.trace("C: %s", message);

		assertThat(formatted).as("with the platform's System.Logger (the default) it was formatted").hasValue(0);
	}

}
