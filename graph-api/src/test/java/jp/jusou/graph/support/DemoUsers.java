package jp.jusou.graph.support;

import java.time.Duration;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One GraphQL tester per demo user, over real HTTP with Basic authentication. */
@TestComponent
public class DemoUsers {

	private final Environment environment;

	DemoUsers(Environment environment) {
		this.environment = environment;
	}

	/**
	 * The demo users of a service started outside Spring's test context (a second
	 * instance, a restart).
	 */
	public static DemoUsers of(Environment environment) {
		return new DemoUsers(environment);
	}

	/** The user, declaring the purpose CASE_WORK as every person-level request must. */
	public HttpGraphQlTester as(String username) {
		return as(username, "CASE_WORK");
	}

	/** The user declaring {@code purpose} (null: no X-Purpose-Of-Use header at all). */
	public HttpGraphQlTester as(String username, String purpose) {
		return anonymous().mutate().headers(headers -> {
			headers.setBasicAuth(username, "demo");
			if (purpose != null) {
				headers.set("X-Purpose-Of-Use", purpose);
			}
		}).build();
	}

	public HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.create(client().mutate().baseUrl(root() + "/graphql").build());
	}

	/**
	 * A plain HTTP client on the service's root, for requests a GraphQL tester cannot
	 * make.
	 */
	public WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl(root()).responseTimeout(Duration.ofSeconds(60)).build();
	}

	/** The service's root URL, e.g. http://localhost:PORT. */
	public String root() {
		return "http://127.0.0.1:" + environment.getProperty("local.server.port");
	}

}
