package jp.jusou.graph.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request is authenticated, GraphiQL included (the browser then sends the same credentials to
 * /graphql). HTTP Basic, no sessions. CSRF protection is off because /graphql accepts JSON bodies only,
 * which a cross-site form cannot send without a CORS preflight that this service never allows.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(DemoUsersProperties properties) {
		return new BCryptPasswordEncoder(properties.bcryptStrength());
	}

	@Bean
	StaffUserDetailsService staffUserDetailsService(DemoUsersProperties properties, PasswordEncoder encoder) {
		return new StaffUserDetailsService(properties, encoder);
	}
}
