package jp.jusou.graph.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes every filter of every request, and Spring for GraphQL every
 * field, when an observation registry exists (the actuator brings one). Those timings
 * answer nothing the {@code jusou.*} metrics ({@link OperationMetrics}) and Boot's
 * {@code http.server.requests} do not, and cost a visible share of the service's CPU per
 * request: Security's are not set up at all, and Spring for GraphQL's observation
 * instrumentation is not configured (application.yml excludes its auto-configuration;
 * with the observations merely turned off it still wrapped every field's fetcher).
 */
@Configuration(proxyBeanMethods = false)
class QuietObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
