package jp.jusou.graph.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What an operator's probes and Prometheus see: on the management port, without signing
 * in, the liveness and readiness states (readiness with the database), and metrics per
 * GraphQL operation, per error code and per audit append — never a name, an id or an
 * argument.
 */
@GraphApiTest
class ManagementEndpointsTests {

	@LocalManagementPort
	int managementPort;

	@LocalServerPort
	int serverPort;

	@Autowired
	DemoUsers users;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void probesAnswerOnTheManagementPortWithoutSigningIn() throws Exception {
		assertThat(managementPort).isNotEqualTo(serverPort);
		HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"readinessState\"").contains("\"neo4j\"");
	}

	@Test
	void theServicePortServesNoManagementEndpoint() throws Exception {
		assertThat(get(serverPort, "/actuator/health").statusCode()).isIn(401, 404);
		assertThat(get(serverPort, "/actuator/prometheus").statusCode()).isIn(401, 404);
	}

	@Test
	void metricsNameOperationsAndErrorCodesButNoPersonalData() throws Exception {
		users.as("coordinator").document("{ household(id: \"hh-kariyama\") { id members { name } } }").execute();
		users.as("coordinator").document("{ household(id: \"no-such-household\") { id } }").execute();
		String metrics = get(managementPort, "/actuator/prometheus").body();
		assertThat(metrics).contains("jusou_graphql_request_seconds_count{application=\"jusou-graph-api\","
				+ "operation=\"query household\",outcome=\"ok\"}");
		assertThat(metrics).containsPattern("jusou_graphql_errors_total\\{[^}]*code=\"NOT_FOUND\"");
		assertThat(metrics).contains("jusou_audit_append_seconds_count");
		assertThat(metrics).contains("jusou_audit_batch_requests_count");
		assertThat(metrics).doesNotContain("hh-kariyama").doesNotContain("no-such-household").doesNotContain("仮山");
	}

	/**
	 * Per-filter security and per-field GraphQL observations are off (QuietObservations,
	 * application.yml): they cost service CPU on every request and measure nothing the
	 * series above do not.
	 */
	@Test
	void noPerFilterOrPerFieldObservations() throws Exception {
		users.as("coordinator").document("{ household(id: \"hh-kariyama\") { id members { name } } }").execute();
		String metrics = get(managementPort, "/actuator/prometheus").body();
		assertThat(metrics).contains("http_server_requests_seconds_count");
		// Spring Security's series start spring_security_, Spring for GraphQL's graphql_
		// (ours are jusou_graphql_)
		assertThat(metrics).doesNotContainPattern("(?m)^spring_security_").doesNotContainPattern("(?m)^graphql_");
	}

	@Test
	void theBillOfMaterialsNamesNeo4jUnderGplv3() throws Exception {
		assumeTrue(new ClassPathResource("META-INF/sbom/application.cdx.json").exists(),
				"the build writes the SBOM at generate-resources (CycloneDX skips it in offline builds)");
		HttpResponse<String> sbom = get(managementPort, "/actuator/sbom/application");
		assertThat(sbom.statusCode()).isEqualTo(200);
		assertThat(sbom.body()).contains("\"bomFormat\"").contains("\"name\" : \"neo4j\"").contains("GPL-3.0");
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
