package jp.jusou.graph.config;

import jp.jusou.graph.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile: no introspection, no GraphiQL, no demo city. (Its own database; the
 * Staff users are created here by loading the demo city explicitly, as an operator would create them.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "jusou.demo.load=true")
@ActiveProfiles({ "test", "production" })
@Import(DemoUsers.class)
class ProductionProfileTests {

	@Autowired
	DemoUsers users;

	@Test
	void introspectionIsOff() {
		var errors = users.as("coordinator").document("{ __schema { types { name } } }").execute().returnResponse().getErrors();
		assertThat(errors).isNotEmpty();
	}

	@Test
	void graphiqlIsNotServed() {
		users.client()
			.get()
			.uri("/graphiql")
			.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
			.exchange()
			.expectStatus()
			.isNotFound();
		users.client()
			.get()
			.uri("/graphiql/vendor/graphiql.min.js")
			.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void queriesStillWork() {
		users.as("coordinator").document("{ me { staffId } }").execute().path("me.staffId").entity(String.class).isEqualTo("st-coord");
	}
}
