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

	public HttpGraphQlTester as(String username) {
		return anonymous().mutate().headers(headers -> headers.setBasicAuth(username, "demo")).build();
	}

	public HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.create(client().mutate().baseUrl(root() + "/graphql").build());
	}

	/** A plain HTTP client on the service's root, for requests a GraphQL tester cannot make. */
	public WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl(root()).responseTimeout(Duration.ofSeconds(60)).build();
	}

	private String root() {
		return "http://127.0.0.1:" + environment.getProperty("local.server.port");
	}
}
