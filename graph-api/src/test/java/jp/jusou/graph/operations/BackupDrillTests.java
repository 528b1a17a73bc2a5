package jp.jusou.graph.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import jp.jusou.graph.GraphApiApplication;
import jp.jusou.graph.audit.AuditChainCheck;
import jp.jusou.graph.audit.AuditChainCheck.ChainAndJournals;
import jp.jusou.graph.audit.AuditJournalShipper;
import jp.jusou.graph.audit.AuditLinker;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore drill of docs/operations.md ("Backup and restore"), played as an
 * operator would on the embedded store: run the service on the demo city, write and read
 * through the API, stop it, copy the data directory and the audit directory, start a
 * service on the copies in new directories — the graph holds the same nodes and
 * relationships, the audit chain verifies against its checkpoints, and the service works
 * on.
 */
class BackupDrillTests {

	static final String REGISTER = GraphQlDocuments.named("operations/register");

	@Test
	void aStoppedStoreCopiedWithItsAuditDirectoryRestoresWholeAndVerified() throws Exception {
		Path root = Path.of("target/test-drill", UUID.randomUUID().toString()).toAbsolutePath();
		Path data = root.resolve("data");
		Path audit = root.resolve("audit");

		Map<String, Long> before;
		String householdId;
		try (ConfigurableApplicationContext service = start(data, audit)) {
			DemoUsers users = DemoUsers.of(service.getEnvironment());
			householdId = users.as("seikatsu")
				.document(REGISTER)
				.execute()
				.path("recordConsultation.householdId")
				.entity(String.class)
				.get();
			assertRecordedHouseholdReadable(users, householdId);
			users.as("coordinator").document("{ household(id: \"hh-kariyama\") { id } }").execute();
			// what the journal's shipper and the background linker would do on the way
			// down, done now
			assertThat(service.getBean(AuditJournalShipper.class).catchUp(Duration.ofSeconds(10))).isTrue();
			service.getBean(AuditLinker.class).linkAll();
			before = counts(service);
			assertThat(service.getBean(AuditChainCheck.class).check().valid()).isTrue();
		}

		// the backup: with the service stopped, both directories, together
		Path backup = root.resolve("backup");
		copy(data, backup.resolve("data"));
		copy(audit, backup.resolve("audit"));

		// the restore: into new directories, as onto a new machine
		Path restoredData = root.resolve("restored/data");
		Path restoredAudit = root.resolve("restored/audit");
		copy(backup.resolve("data"), restoredData);
		copy(backup.resolve("audit"), restoredAudit);
		try (ConfigurableApplicationContext service = start(restoredData, restoredAudit)) {
			assertThat(counts(service)).isEqualTo(before);
			ChainAndJournals chain = service.getBean(AuditChainCheck.class).check();
			assertThat(chain.valid()).as(String.valueOf(chain.problem())).isTrue();
			assertThat(chain.checkpointSequence()).isNotNull();
			DemoUsers users = DemoUsers.of(service.getEnvironment());
			assertRecordedHouseholdReadable(users, householdId);
			assertThat(service.getBean(AuditChainCheck.class).check().valid()).as("the chain goes on after the restore")
				.isTrue();
		}
	}

	private static void assertRecordedHouseholdReadable(DemoUsers users, String householdId) {
		users.as("seikatsu")
			.document("query($id: ID!) { household(id: $id) { members { name } } }")
			.variable("id", householdId)
			.execute()
			.path("household.members[0].name")
			.entity(String.class)
			.isEqualTo("訓練 花子");
	}

	private static ConfigurableApplicationContext start(Path data, Path audit) {
		return new SpringApplicationBuilder(GraphApiApplication.class).profiles("test")
			.run("--jusou.embedded.data-directory=" + data, "--jusou.audit.directory=" + audit, "--server.port=0",
					"--management.server.port=0");
	}

	/** Nodes per label and relationships per type: what a restore must bring back. */
	private static Map<String, Long> counts(ConfigurableApplicationContext service) {
		Map<String, Long> counts = new TreeMap<>();
		try (var session = service.getBean(Driver.class).session()) {
			session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
				.forEachRemaining(row -> counts.put(":" + row.get("label").asString(), row.get("n").asLong()));
			session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
				.forEachRemaining(row -> counts.put("-" + row.get("type").asString(), row.get("n").asLong()));
		}
		return counts;
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(file -> {
				try {
					Path target = to.resolve(from.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(file, target);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
