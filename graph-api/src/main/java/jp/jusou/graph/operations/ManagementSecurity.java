package jp.jusou.graph.operations;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management endpoints (health probes, Prometheus metrics) answer without signing in:
 * they live on their own port ({@code management.server.port}, loopback by default),
 * expose only {@code health} and {@code prometheus}, and carry no personal data — counts,
 * timings and the database's state. Every other request goes through
 * {@code SecurityConfiguration}'s chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ManagementSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.build();
	}

}
