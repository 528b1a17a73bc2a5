package jp.jusou.graph.access;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Every request is authenticated, GraphiQL included; a wrong password reads nothing. */
@GraphApiTest
class AuthenticationTests {

	@Autowired
	DemoUsers users;

	@Test
	void anonymousRequestsAreRefused() {
		users.client()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ me { username } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aWrongPasswordIsRefused() {
		users.client()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.setBasicAuth("coordinator", "not-the-password"))
			.bodyValue("{\"query\":\"{ me { username } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void graphiqlNeedsCredentialsToo() {
		users.client().get().uri("/graphiql").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aSignedInUserIsTheStaffMemberOfTheirAgency() {
		users.as("csw")
			.document("{ me { staffId agency { id } } }")
			.execute()
			.path("me.staffId")
			.entity(String.class)
			.isEqualTo("st-csw")
			.path("me.agency.id")
			.entity(String.class)
			.isEqualTo("ag-outreach");
	}
}
