package jp.jusou.graph.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.signin.WarmUpCredential;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up before readiness goes through the whole HTTP and GraphQL stack, the
 * household path included, without unexpected errors, and reads no person: it leaves no
 * audit event. Its one-time secret works only while it runs.
 */
@GraphApiTest
class WarmUpTests {

	@Autowired
	RequestWarmUp warmUp;

	@Autowired
	WarmUpCredential credential;

	@Autowired
	GraphRows graph;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private long auditEvents() {
		return (Long) graph.rows("MATCH (e:AuditEvent) RETURN count(e) AS n", Map.of()).get(0).get("n");
	}

	@Test
	void answersEveryRequestOverHttpAndReadsNoPerson() {
		long auditEvents = auditEvents();
		RequestWarmUp.Result result = warmUp
			.send(new WarmUpPace(30, 0.25, Duration.ofSeconds(15), System::nanoTime, () -> -1));
		assertThat(result.failure()).isEmpty();
		assertThat(result.answered()).isEqualTo(30);
		assertThat(result.path()).isEqualTo("over HTTP");
		assertThat(auditEvents()).as("no audit event: no person read").isEqualTo(auditEvents);
	}

	@Test
	void theSecretSignsInOnlyWhileTheWarmUpRuns() throws Exception {
		String secret = credential.open();
		try {
			assertThat(household(secret).statusCode()).as("open, from this machine").isEqualTo(200);
			assertThat(household(secret + "x").statusCode()).as("a wrong secret").isEqualTo(401);
		}
		finally {
			credential.close();
		}
		assertThat(household(secret).statusCode()).as("closed").isEqualTo(401);
		String reopened = credential.open();
		credential.close();
		assertThat(household(secret).statusCode()).as("an earlier secret").isEqualTo(401);
		assertThat(household(reopened).statusCode()).isEqualTo(401);
	}

	@Test
	void withTheSecretAPersonIsStillWithheldAndTheAttemptAudited() throws Exception {
		long auditEvents = auditEvents();
		String secret = credential.open();
		HttpResponse<String> answer;
		try {
			answer = post(secret, "{ household(id: \\\"hh-kariyama\\\") { id members { name } } }");
		}
		finally {
			credential.close();
		}
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).as("no basis to any person: no member's name").doesNotContain("仮山");
		assertThat(auditEvents()).as("the refused read is audited like anyone's").isEqualTo(auditEvents + 1);
	}

	@Test
	void onlyALiteralLoopbackAddressCounts() {
		assertThat(WarmUpCredential.loopback("127.0.0.1")).isTrue();
		assertThat(WarmUpCredential.loopback("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(WarmUpCredential.loopback("192.0.2.10")).isFalse();
		assertThat(WarmUpCredential.loopback("localhost")).as("no name is looked up").isFalse();
		assertThat(WarmUpCredential.loopback(null)).isFalse();
	}

	private HttpResponse<String> household(String secret) throws Exception {
		return post(secret, "{ household(id: \\\"" + RequestWarmUp.NO_HOUSEHOLD + "\\\") { id } }");
	}

	private HttpResponse<String> post(String secret, String query) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((WarmUpCredential.USERNAME + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.header(PurposeOfUse.HEADER, PurposeOfUse.CASE_WORK.name())
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
