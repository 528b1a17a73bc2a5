package jp.jusou.graph.config;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL comes from the jar, so it works without internet access: no script or style
 * from elsewhere.
 */
@GraphApiTest
class GraphiqlPageTests {

	@Autowired
	DemoUsers users;

	@Test
	void thePageAndEverythingItLoadsAreServedLocally() {
		String page = users.client()
			.get()
			.uri("/graphiql")
			.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("/graphiql/vendor/graphiql.min.js").doesNotContain("https://", "http://");
		for (String asset : new String[] { "/graphiql/vendor/react.production.min.js",
				"/graphiql/vendor/react-dom.production.min.js", "/graphiql/vendor/graphiql.min.js",
				"/graphiql/vendor/graphiql.min.css", "/graphiql/graphiql.js" }) {
			users.client()
				.get()
				.uri(asset)
				.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

}
