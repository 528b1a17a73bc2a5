package jp.jusou.graph.signin;

import java.time.Clock;
import java.time.Duration;

import jp.jusou.graph.workspace.SessionPurposeOnSignIn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Every request is authenticated, GraphiQL included; only the sign-in page and its assets
 * are open. Three ways in, all ending at a Staff node:
 * <ul>
 * <li>the workspace's sign-in form ({@code /signin}): a session cookie, CSRF tokens on
 * every state-changing request of that session (the pages send the token from
 * {@code /workspace/session} as a header);</li>
 * <li>when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}), the OIDC login flow from the
 * same page, ending at the Staff node whose {@code subject} is the provider's;</li>
 * <li>HTTP Basic for API clients, with the password hash stored on the Staff node —
 * stateless;</li>
 * <li>when an issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), bearer JWTs whose
 * subject maps to a Staff node — stateless.</li>
 * </ul>
 * A request carrying its own credentials (an {@code Authorization} header) or no session
 * needs no CSRF token: nothing ambient signs it in but a browser's remembered Basic
 * login, and for that /graphql accepts JSON bodies only, which a cross-site form cannot
 * send without a CORS preflight this service never allows. A browser page asked for
 * without a session goes to the sign-in page; an API request gets 401.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * Reachable without signing in: the sign-in page, the pages' own styles and scripts.
	 */
	static final String[] OPEN_PATHS = { "/signin", "/assets/**", "/favicon.ico", "/error", "/workspace/session" };

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<ClientRegistrationRepository> identityProviders, StaffDirectory directory) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(OPEN_PATHS).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.successHandler(new SessionPurposeOnSignIn("/"))
				.failureHandler(new SignInFailure()))
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut"))
			// Basic is checked on every request and kept in the request only: with form
			// login configured, Spring Security would otherwise save it in a new session
			.httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientSession))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		if (identityProviders.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/signin")
				.successHandler(new StaffOidcSignIn(directory, new SessionPurposeOnSignIn("/")))
				.failureUrl("/signin?error"));
		}
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new StaffJwtAuthenticationConverter(directory))));
		}
		return http.build();
	}

	/**
	 * Pages load scripts and styles from this service only; map tiles, when configured,
	 * are images from the tile server. GraphiQL's bundle needs inline styles and
	 * eval-free scripts only.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https: http:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

	/**
	 * CSRF guards what a browser sends on its own: a session cookie. A request with its
	 * own credentials, or with no session at all (an API client, an anonymous call that
	 * then gets 401), has nothing to forge — except the sign-in form, which always gets a
	 * token so no site can sign a browser in as someone else.
	 */
	static boolean carriesNoAmbientSession(jakarta.servlet.http.HttpServletRequest request) {
		if (request.getHeader("Authorization") != null) {
			return true;
		}
		return request.getRequestedSessionId() == null && !"/signin".equals(request.getServletPath());
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${jusou.security.bcrypt-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	/**
	 * Basic sign-in against Staff nodes, remembering successes for
	 * {@code jusou.security.sign-in-cache}, behind a brake on failed attempts
	 * ({@code jusou.security.sign-in-brake.*}) whose locks are audited. Before readiness,
	 * the warm-up's own principal signs in ahead of them ({@link WarmUpSignIn}).
	 */
	@Bean
	AuthenticationProvider staffSignIn(StaffDirectory directory, PasswordEncoder passwordEncoder,
			@Value("${jusou.security.sign-in-cache:30s}") Duration ttl, SignInBrakeProperties brake, SignInLocks locks,
			WarmUpCredential warmUp) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(directory));
		passwords.setPasswordEncoder(passwordEncoder);
		return new WarmUpSignIn(warmUp,
				new SignInBrake(new CachingSignIn(passwords, ttl, Clock.systemUTC(), CachingSignIn.renewalThreads()),
						brake, Clock.systemUTC(), locks::locked));
	}

}
