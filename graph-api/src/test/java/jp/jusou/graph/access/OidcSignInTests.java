package jp.jusou.graph.access;

import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With an identity provider configured, a bearer JWT signs in the Staff node whose
 * subject is the token's {@code sub}; roles and agency come from the graph. Anything else
 * is refused.
 */
@GraphApiTest
class OidcSignInTests {

	@Autowired
	DemoUsers users;

	@Autowired
	TestIdentityProvider.Tokens tokens;

	@Test
	void aTokenForAStaffSubjectSignsInThatStaffMember() {
		request(tokens.forSubject("coordinator"),
				"{ me { staffId roles agency { id } } household(id: \\\"hh-reita\\\") { members { name } } }")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.me.staffId")
			.isEqualTo("st-coord")
			.jsonPath("$.data.me.agency.id")
			.isEqualTo("ag-chiiki-fukushi")
			.jsonPath("$.data.household.members[0].name")
			.isEqualTo("例田 ウメ");
	}

	@Test
	void aTokenWhoseSubjectIsNoStaffMemberIsRefused() {
		request(tokens.forSubject("somebody-else"), "{ me { staffId } }").expectStatus().isUnauthorized();
	}

	@Test
	void anExpiredTokenIsRefused() {
		request(tokens.expiredForSubject("coordinator"), "{ me { staffId } }").expectStatus().isUnauthorized();
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() {
		request(tokens.signedByAnotherKey("coordinator"), "{ me { staffId } }").expectStatus().isUnauthorized();
	}

	private WebTestClient.ResponseSpec request(String token, String query) {
		return users.client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(headers -> {
			headers.setBearerAuth(token);
			headers.set(PurposeOfUse.HEADER, "CASE_WORK");
		}).bodyValue("{\"query\":\"" + query + "\"}").exchange();
	}

}
