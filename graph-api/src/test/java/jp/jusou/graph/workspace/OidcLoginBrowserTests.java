package jp.jusou.graph.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace's OIDC login flow in a real browser, against a stand-in identity provider
 * (authorization code flow: authorize, token with a signed ID token, keys): the
 * provider's subject signs in as the Staff node with that subject; a subject that is no
 * staff member is turned away with a message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jusou.demo.load=true")
@ActiveProfiles({ "test", "production" })
@Import(DemoUsers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLoginBrowserTests {

	static final StandInProvider provider = new StandInProvider();

	@DynamicPropertySource
	static void registration(DynamicPropertyRegistry registry) {
		String base = provider.start();
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "registration.city.client-id", () -> "workspace");
		registry.add(prefix + "registration.city.client-secret", () -> "workspace-secret");
		registry.add(prefix + "registration.city.client-name", () -> "市の職員認証");
		registry.add(prefix + "registration.city.authorization-grant-type", () -> "authorization_code");
		registry.add(prefix + "registration.city.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add(prefix + "registration.city.scope", () -> "openid");
		registry.add(prefix + "provider.city.authorization-uri", () -> base + "/authorize");
		registry.add(prefix + "provider.city.token-uri", () -> base + "/token");
		registry.add(prefix + "provider.city.jwk-set-uri", () -> base + "/keys");
		registry.add(prefix + "provider.city.user-name-attribute", () -> "sub");
	}

	@Autowired
	DemoUsers users;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		browser = HeadlessChromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.quit();
		}
		provider.stop();
	}

	@Test
	void theProvidersSubjectSignsInAsThatStaffMember() throws IOException {
		provider.subject = "coordinator";
		signInThroughTheProvider();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "地域福祉課"));
		assertThat(browser.getCurrentUrl()).doesNotContain("/signin");
		assertThat(browser.findElement(By.tagName("nav")).getText()).contains("世帯", "ダッシュボード");
		HeadlessChromium.screenshot(browser, "oidc-signed-in");
	}

	@Test
	void aSubjectThatIsNoStaffMemberIsTurnedAway() {
		provider.subject = "somebody-else";
		signInThroughTheProvider();
		wait.until(ExpectedConditions.urlContains("unknownStaff"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "職員として登録されていません"));
		browser.get(users.root() + "/household");
		wait.until(ExpectedConditions.urlContains("/signin"));
	}

	private void signInThroughTheProvider() {
		browser.manage().deleteAllCookies();
		browser.get(users.root() + "/signin");
		wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("市の職員認証でサインイン"))).click();
	}

	/**
	 * Authorize (redirects back with a code), token (a signed ID token), keys: just
	 * enough of an OIDC provider.
	 */
	static final class StandInProvider {

		final RSAKey key;

		final Map<String, String> nonces = new ConcurrentHashMap<>();

		volatile String subject = "coordinator";

		HttpServer server;

		String base;

		StandInProvider() {
			try {
				key = new RSAKeyGenerator(2048).keyID("stand-in").generate();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}

		synchronized String start() {
			if (server != null) {
				return base;
			}
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			base = "http://127.0.0.1:" + server.getAddress().getPort();
			server.createContext("/authorize", this::authorize);
			server.createContext("/token", this::token);
			server.createContext("/keys", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
			server.start();
			return base;
		}

		void stop() {
			if (server != null) {
				server.stop(0);
			}
		}

		private void authorize(HttpExchange exchange) throws IOException {
			Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
			String code = "code-" + System.nanoTime();
			nonces.put(code, query.getOrDefault("nonce", ""));
			String back = query.get("redirect_uri") + "?code=" + code + "&state="
					+ java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Location", back);
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		}

		private void token(HttpExchange exchange) throws IOException {
			Map<String, String> body = form(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			String nonce = nonces.remove(body.get("code"));
			if (nonce == null) {
				send(exchange, 400, "{\"error\":\"invalid_grant\"}");
				return;
			}
			try {
				JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(base)
					.subject(subject)
					.audience(List.of("workspace"))
					.issueTime(Date.from(Instant.now()))
					.expirationTime(Date.from(Instant.now().plusSeconds(300)));
				if (!nonce.isEmpty()) {
					claims.claim("nonce", nonce);
				}
				SignedJWT idToken = new SignedJWT(
						new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
				idToken.sign(new RSASSASigner(key));
				send(exchange, 200,
						"{\"access_token\":\"at-" + System.nanoTime()
								+ "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\",\"id_token\":\""
								+ idToken.serialize() + "\"}");
			}
			catch (JOSEException ex) {
				send(exchange, 500, "{}");
			}
		}

		private static Map<String, String> form(String encoded) {
			Map<String, String> values = new HashMap<>();
			for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
				int at = pair.indexOf('=');
				if (at > 0) {
					values.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
				}
			}
			return values;
		}

		private static void send(HttpExchange exchange, int status, String json) throws IOException {
			byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}

	}

}
