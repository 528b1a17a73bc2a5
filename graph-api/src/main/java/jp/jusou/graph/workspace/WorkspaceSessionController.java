package jp.jusou.graph.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.InvalidArgumentException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the workspace's pages need besides GraphQL: the session's CSRF token, the purposes
 * of use to choose from (with Japanese labels) and the one chosen, the map background,
 * and the identity providers to sign in with (OIDC, when configured). Choosing a purpose
 * is a POST with the token; it applies to the session's next requests.
 */
@RestController
class WorkspaceSessionController {

	/** One choice in the purpose selector. */
	record PurposeChoice(String code, String label) {
	}

	/**
	 * The token a page sends back as a header ({@code headerName}) or form field
	 * ({@code parameterName}).
	 */
	record Csrf(String headerName, String parameterName, String token) {
	}

	/**
	 * Map background: tiles when a URL is configured, else the areas' outlines on a plain
	 * ground.
	 */
	record MapBackground(String tileUrl, String tileAttribution) {
	}

	/** An identity provider the sign-in page links to (the OIDC login flow). */
	record IdentityProvider(String name, String url) {
	}

	/**
	 * The session as a page sees it; {@code today} is the service's date, the one its
	 * "not in the future" rules use, for the forms' defaults.
	 */
	record WorkspaceSession(boolean signedIn, Csrf csrf, String purpose, List<PurposeChoice> purposes,
			MapBackground map, List<IdentityProvider> identityProviders, String today) {
	}

	private static final List<PurposeChoice> PURPOSES = Arrays.stream(PurposeOfUse.values())
		.map(purpose -> new PurposeChoice(purpose.name(), purpose.label()))
		.toList();

	private final WorkspaceProperties properties;

	private final List<IdentityProvider> identityProviders;

	private final Clock clock;

	WorkspaceSessionController(WorkspaceProperties properties,
			ObjectProvider<ClientRegistrationRepository> registrations, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		List<IdentityProvider> providers = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration) {
					providers.add(new IdentityProvider(registration.getClientName(),
							"/oauth2/authorization/" + registration.getRegistrationId()));
				}
			}
		}
		this.identityProviders = List.copyOf(providers);
	}

	@GetMapping("/workspace/session")
	WorkspaceSession session(HttpServletRequest request, CsrfToken csrf, Authentication authentication) {
		boolean signedIn = authentication != null && authentication.isAuthenticated();
		return new WorkspaceSession(signedIn, new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken()),
				signedIn ? codeOf(SessionPurpose.current(request)) : null, PURPOSES,
				signedIn ? new MapBackground(properties.tileUrl(), properties.tileAttribution()) : null,
				identityProviders, LocalDate.now(clock).toString());
	}

	@PostMapping("/workspace/purpose")
	ResponseEntity<Map<String, String>> choosePurpose(HttpServletRequest request,
			@RequestParam(name = "purpose", defaultValue = "") String purpose) {
		try {
			PurposeOfUse.parse(purpose);
		}
		catch (InvalidArgumentException ex) {
			return ResponseEntity.badRequest()
				.body(Map.of("argument", "purpose", "rule", "one-of", "message", "purpose: must be one of "
						+ PURPOSES.stream().map(PurposeChoice::code).toList() + " (利用目的の値が不正です)"));
		}
		request.getSession(true);
		SessionPurpose.choose(request, purpose);
		return ResponseEntity.ok(Map.of("purpose", purpose));
	}

	private static String codeOf(PurposeOfUse purpose) {
		return purpose == null ? null : purpose.name();
	}

}
