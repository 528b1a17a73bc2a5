package jp.jusou.graph.config;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, like the service, at the levels logback is set to. Its
 * own default (the platform's {@code System.Logger}) wrote beside the service's log and,
 * in driver 6.1, formats every debug message before the level is checked: each Bolt
 * message of every request (BEGIN, RUN with its parameters, PULL, COMMIT, RESET) became a
 * string that was then thrown away. The SLF4J logger checks the level first. Applies to a
 * server ({@code NEO4J_URI}, through Spring Boot's driver) and to the embedded database
 * alike.
 */
@Configuration(proxyBeanMethods = false)
public class DriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
