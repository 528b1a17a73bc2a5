package jp.jusou.graph.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.jusou.graph.GraphApiApplication;
import jp.jusou.graph.audit.AuditChainCheck;
import jp.jusou.graph.audit.AuditChainCheck.ChainAndJournals;
import jp.jusou.graph.audit.AuditJournalShipper;
import jp.jusou.graph.config.EmbeddedBoltTests;
import jp.jusou.graph.consistency.ClientBookmarks;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.HouseholdLinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one database, as behind a load balancer: instance A runs the
 * embedded Neo4j with Bolt open, instance B reaches it as a server through
 * {@code NEO4J_URI}; both share the audit key and checkpoint directory. A consent
 * recorded through one is in force through the other, its revocation through B holds on
 * the next read through A, and the audit chain both append to stays gapless and valid.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	static final String PASSWORD = "two-instances-" + UUID.randomUUID();

	ConfigurableApplicationContext a;

	ConfigurableApplicationContext b;

	@BeforeAll
	void startBoth() {
		Path root = Path.of("target/test-instances", UUID.randomUUID().toString()).toAbsolutePath();
		Path audit = root.resolve("audit");
		a = new SpringApplicationBuilder(GraphApiApplication.class).profiles("test")
			.run("--jusou.embedded.data-directory=" + root.resolve("data"),
					"--jusou.embedded.bolt-password=" + PASSWORD, "--jusou.audit.directory=" + audit, "--server.port=0",
					"--management.server.port=0");
		String bolt = EmbeddedBoltTests.boltUri(a.getBean(DatabaseManagementService.class));
		b = new SpringApplicationBuilder(GraphApiApplication.class).profiles("test")
			.run("--NEO4J_URI=" + bolt, "--NEO4J_PASSWORD=" + PASSWORD, "--jusou.demo.load=false",
					"--jusou.audit.directory=" + audit, "--server.port=0", "--management.server.port=0");
	}

	@AfterAll
	void stopBoth() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void instanceBHasNoDatabaseOfItsOwn() {
		assertThat(b.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
		assertThat(a.getBeanNamesForType(DatabaseManagementService.class)).hasSize(1);
	}

	@Test
	void aConsentRevokedThroughOneInstanceIsInForceOnTheNextReadThroughTheOther() {
		DemoUsers throughA = DemoUsers.of(a.getEnvironment());
		DemoUsers throughB = DemoUsers.of(b.getEnvironment());
		assertThat(references(throughA.as("houkatsu1"))).doesNotContain("case-mihon-child");

		String consentId = throughB.as("kodomo")
			.document("""
					mutation { recordConsent(input: {subjectId: "p-mihon-sho", decision: PERMIT,
					  granteeAgencyIds: ["ag-houkatsu-1"], categories: [CHILD], purposes: [CASE_WORK],
					  validFrom: "2026-11-01", validTo: "2027-10-31", verification: SIGNED}) { consent { id } } }""")
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
		assertThat(references(throughA.as("houkatsu1"))).as("granted through B, read through A")
			.contains("case-mihon-child");

		throughB.as("kodomo")
			.document("mutation($id: ID!) { revokeConsent(input: {consentId: $id, reason: \"本人の申出\"}) {"
					+ " consent { revokedAt } } }")
			.variable("id", consentId)
			.execute()
			.path("revokeConsent.consent.revokedAt")
			.hasValue();
		assertThat(references(throughA.as("houkatsu1"))).as("revoked through B, next read through A")
			.doesNotContain("case-mihon-child");
	}

	@Test
	void aResponseCarriesBookmarksAndAnInstanceAcceptsThemFromAnother() {
		DemoUsers throughB = DemoUsers.of(b.getEnvironment());
		String bookmarks = throughB.client().post().uri("/graphql").headers(headers -> {
			headers.setBasicAuth("kodomo", "demo");
			headers.set("X-Purpose-Of-Use", "CASE_WORK");
		})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ household(id: \"hh-mihon\") { id } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(ClientBookmarks.HEADER);
		assertThat(bookmarks).isNotBlank();

		// B's bookmark, carried to A: A's transactions wait for it (a bookmark the
		// database never gave is
		// refused, below, so the header does reach them) and the read is answered
		DemoUsers.of(a.getEnvironment())
			.as("houkatsu1")
			.mutate()
			.header(ClientBookmarks.HEADER, bookmarks)
			.build()
			.document("{ household(id: \"hh-mihon\") { id } }")
			.execute()
			.errors()
			.verify()
			.path("household.id")
			.entity(String.class)
			.isEqualTo("hh-mihon");
	}

	@Test
	void aBookmarkNoDatabaseGaveIsRefusedWithAClearError() {
		var response = DemoUsers.of(a.getEnvironment())
			.as("houkatsu1")
			.mutate()
			.header(ClientBookmarks.HEADER, "FB:not-a-bookmark")
			.build()
			.document("{ household(id: \"hh-mihon\") { id } }")
			.execute()
			.returnResponse();
		assertThat(response.getErrors()).isNotEmpty().allSatisfy(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "INVALID_BOOKMARK")
				.containsEntry("argument", ClientBookmarks.HEADER);
			assertThat(error.getMessage()).doesNotContain("Neo", "Exception");
		});
	}

	@Test
	void bothInstancesAppendToOneGaplessValidChain() {
		DemoUsers throughA = DemoUsers.of(a.getEnvironment());
		DemoUsers throughB = DemoUsers.of(b.getEnvironment());
		for (int i = 0; i < 5; i++) {
			throughA.as("coordinator").document("{ household(id: \"hh-kariyama\") { id } }").execute();
			throughB.as("coordinator").document("{ household(id: \"hh-kariyama\") { id } }").execute();
		}
		// both journals copied into the database's chain
		assertThat(a.getBean(AuditJournalShipper.class).catchUp(Duration.ofSeconds(10))).isTrue();
		assertThat(b.getBean(AuditJournalShipper.class).catchUp(Duration.ofSeconds(10))).isTrue();
		ChainAndJournals viaA = a.getBean(AuditChainCheck.class).check();
		ChainAndJournals viaB = b.getBean(AuditChainCheck.class).check();
		assertThat(viaA.valid()).as(String.valueOf(viaA.problem())).isTrue();
		assertThat(viaB.valid()).as(String.valueOf(viaB.problem())).isTrue();
		try (var session = a.getBean(Driver.class).session()) {
			Map<String, Object> sequences = session.run(
					"MATCH (e:AuditEvent) RETURN min(e.sequence) AS first, max(e.sequence) AS last, count(e) AS events")
				.single()
				.asMap();
			assertThat(sequences.get("first")).isEqualTo(1L);
			assertThat(sequences.get("last")).isEqualTo(sequences.get("events"));
			assertThat(session.run("MATCH (e:AuditEvent) WHERE e.username = 'coordinator' RETURN count(*) AS n")
				.single()
				.get("n")
				.asLong()).isGreaterThanOrEqualTo(10);
		}
		// each instance its own journal in the shared folder, each verified against the
		// copy
		List<Map<String, Object>> journals = throughA.as("privacy")
			.document("{ auditChain { valid journals { journal valid lines shipped } } }")
			.execute()
			.path("auditChain.journals")
			.entityList(Map.class)
			.get()
			.stream()
			.map(journal -> (Map<String, Object>) journal)
			.toList();
		assertThat(journals).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(journal -> assertThat(journal).containsEntry("valid", true));
		assertThat(journals).filteredOn(journal -> ((Number) journal.get("lines")).intValue() >= 5).hasSize(2);
	}

	private static List<String> references(HttpGraphQlTester tester) {
		return HouseholdLinks.visibleReferences(tester, "hh-mihon");
	}

}
