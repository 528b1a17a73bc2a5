package jp.jusou.graph.config;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;

import jp.jusou.graph.GraphApiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an operator sees when the service cannot start as configured, and which settings
 * name a server.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTests {

	@Test
	void aTakenBoltPortIsNamedWithTheSettingToChangeNotAStackTrace(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> new SpringApplicationBuilder(GraphApiApplication.class).profiles("test")
				.run("--jusou.embedded.bolt-port=" + taken.getLocalPort(),
						"--jusou.embedded.data-directory=target/test-graph/" + UUID.randomUUID(), "--server.port=0",
						"--jusou.demo.load=false"))
				.hasStackTraceContaining("is already in use");
			String report = output.getOut() + output.getErr();
			assertThat(report).contains("could not listen for Bolt on 127.0.0.1:" + taken.getLocalPort())
				.contains("JUSOU_EMBEDDED_BOLT_PORT");
			assertThat(report.lines().filter(line -> line.startsWith("\tat ")).count()).as("stack frames printed")
				.isZero();
		}
	}

	@Test
	void aTakenHttpPortIsNamedWithTheSettingToChange(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> new SpringApplicationBuilder(GraphApiApplication.class).profiles("test")
				.run("--server.port=" + taken.getLocalPort(),
						"--jusou.embedded.data-directory=target/test-graph/" + UUID.randomUUID(),
						"--jusou.demo.load=false"))
				.isNotNull();
			String report = output.getOut() + output.getErr();
			assertThat(report).contains("Port " + taken.getLocalPort() + " is already in use").contains("SERVER_PORT");
			assertThat(report.lines().filter(line -> line.startsWith("\tat ")).count()).as("stack frames printed")
				.isZero();
		}
	}

	@Test
	void aStoreInUseByAnotherProcessSaysSo(CapturedOutput output) {
		Path store = Path.of("target/test-graph", UUID.randomUUID().toString()).toAbsolutePath();
		DatabaseManagementService holder = new DatabaseManagementServiceBuilder(store).build();
		try {
			assertThatThrownBy(() -> new SpringApplicationBuilder(GraphApiApplication.class).profiles("test")
				.run("--jusou.embedded.data-directory=" + store, "--server.port=0", "--jusou.demo.load=false"))
				.isNotNull();
			String report = output.getOut() + output.getErr();
			assertThat(report).contains("The embedded Neo4j store at " + store + " is in use by another process")
				.contains("NEO4J_URI");
			assertThat(report.lines().filter(line -> line.startsWith("\tat ")).count()).as("stack frames printed")
				.isZero();
		}
		finally {
			holder.shutdown();
		}
	}

	@Test
	void springBootsOwnUriVariableNamesAServerLikeNeo4jUri() {
		assertThat(EmbeddedNeo4jCondition.embedded(new MockEnvironment())).isTrue();
		for (String setting : new String[] { "NEO4J_URI", "neo4j.uri", "SPRING_NEO4J_URI" }) {
			assertThat(EmbeddedNeo4jCondition.embedded(new MockEnvironment().withProperty(setting, "neo4j://db:7687")))
				.as(setting)
				.isFalse();
		}
	}

}
