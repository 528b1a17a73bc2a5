package jp.jusou.graph.config;

import org.neo4j.driver.NotificationConfig;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver asks the database for no notifications: the service acts on none of them,
 * and formatting each one (Spring Data Neo4j logs every notification it receives) cost
 * CPU on every statement. The named queries are kept free of notifications by a test
 * instead ({@code NamedQueriesTests}). Applies to a server ({@code NEO4J_URI}, through
 * Spring Boot's driver) and to the embedded database alike.
 */
@Configuration(proxyBeanMethods = false)
public class DriverNotifications {

	@Bean
	ConfigBuilderCustomizer noNotifications() {
		return builder -> builder.withNotificationConfig(NotificationConfig.disableAllConfig());
	}

}
