package jp.jusou.graph.access;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request is authenticated, GraphiQL included. Two ways in, both ending at a Staff node:
 * HTTP Basic with the password hash stored on the Staff node, and — when an issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) — bearer JWTs whose subject maps to
 * a Staff node. No sessions. CSRF protection is off because /graphql accepts JSON bodies only, which
 * a cross-site form cannot send without a CORS preflight that this service never allows.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
			StaffDirectory directory) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new StaffJwtAuthenticationConverter(directory))));
		}
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${jusou.security.bcrypt-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	/**
	 * Basic sign-in against Staff nodes, remembering successes for {@code jusou.security.sign-in-cache},
	 * behind a brake on failed attempts ({@code jusou.security.sign-in-brake.*}) whose locks are audited.
	 */
	@Bean
	AuthenticationProvider staffSignIn(StaffDirectory directory, PasswordEncoder passwordEncoder,
			@Value("${jusou.security.sign-in-cache:30s}") Duration ttl, SignInBrakeProperties brake,
			SignInLocks locks) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(directory));
		passwords.setPasswordEncoder(passwordEncoder);
		return new SignInBrake(new CachingSignIn(passwords, ttl, Clock.systemUTC()), brake, Clock.systemUTC(),
				locks::locked);
	}
}
