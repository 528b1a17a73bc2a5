package jp.jusou.graph.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.signin.SignInLocks;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request is authenticated, GraphiQL included; a wrong password reads nothing;
 * guessing is braked (SignInBrakeTests has the whole policy) and a lock is written to the
 * audit log.
 */
@GraphApiTest
class AuthenticationTests {

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows rows;

	@Autowired
	SignInLocks locks;

	@Test
	void anonymousRequestsAreRefusedWithABasicChallenge() {
		users.client()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ me { username } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.exists("WWW-Authenticate");
	}

	/**
	 * A workspace page's own request after its session ended gets 401 without a Basic
	 * challenge, so the browser shows no password prompt and the page can say what
	 * happened (an API client still gets the challenge: above).
	 */
	@Test
	void aPagesRequestAfterItsSessionEndedGetsNoBasicChallenge() {
		users.client()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Requested-With", "XMLHttpRequest")
			.bodyValue("{\"query\":\"{ me { username } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist("WWW-Authenticate");
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
	@SuppressWarnings("unchecked")
	void guessingIsBrakedSoEvenTheRightPasswordWaitsAndALockIsAudited() {
		rows.write("""
				MATCH (a:Agency {id: 'ag-houkatsu-1'})
				MERGE (s:Staff {id: 'st-brake'})
				SET s.username = 'brake', s.subject = 'brake', s.roles = ['AGENCY_STAFF'], s.passwordHash = $hash
				MERGE (s)-[:WORKS_AT]->(a)""", Map.of("hash", new BCryptPasswordEncoder(4).encode("demo")));
		try {
			for (int i = 0; i < 4; i++) {
				me("brake", "guess-" + i).expectStatus().isUnauthorized();
			}
			me("brake", "demo").expectStatus().isUnauthorized();
			me("coordinator", "demo").expectStatus().isOk();
		}
		finally {
			rows.write("MATCH (s:Staff {id: 'st-brake'}) DETACH DELETE s", Map.of());
		}
		Instant until = Instant.parse("2026-11-23T10:15:00Z");
		locks.locked("user:brake", until);
		assertThat(rows.rows("""
				MATCH (e:AuditEvent {operation: 'SignIn.locked', username: 'brake'}) RETURN e.bases AS bases""",
				Map.of()))
			.singleElement()
			.satisfies(
					row -> assertThat((List<Object>) row.get("bases")).contains("user:brake", "LOCKED_UNTIL:" + until));
		users.as("privacy", null)
			.document("{ auditChain { valid } }")
			.execute()
			.path("auditChain.valid")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	private WebTestClient.ResponseSpec me(String user, String password) {
		return users.client()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.setBasicAuth(user, password))
			.bodyValue("{\"query\":\"{ me { username } }\"}")
			.exchange();
	}

	/**
	 * An API client's Basic login is checked on every request and kept nowhere: no
	 * session is created, so no cookie comes back that could later sign a request in
	 * without credentials, and a client calling in a loop does not fill the server with
	 * sessions.
	 */
	@Test
	void aBasicLoginLeavesNoSession() {
		users.client()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Purpose-Of-Use", "CASE_WORK")
			.headers(headers -> headers.setBasicAuth("coordinator", "demo"))
			.bodyValue("{\"query\":\"{ me { username } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Set-Cookie");
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
