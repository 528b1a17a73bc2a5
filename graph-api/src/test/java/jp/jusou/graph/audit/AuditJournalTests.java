package jp.jusou.graph.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import jp.jusou.graph.support.NamedQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit journal: a read's record is durable on local disk before its answer leaves,
 * whether or not the database can take its copy at that moment; the copy follows, once; a
 * stopped instance's journal is copied by the next start; and an edited journal line
 * shows in auditChain.
 */
@GraphApiTest
@ExtendWith(OutputCaptureExtension.class)
class AuditJournalTests {

	static final String READ = "{ household(id: \"hh-reita\") { members { name } } }";

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Autowired
	Driver driver;

	@Autowired
	AuditJournal journal;

	@Autowired
	AuditJournalShipper shipper;

	@Autowired
	AuditProperties properties;

	@Autowired
	AuditSeal seal;

	@Autowired
	NamedQueries namedQueries;

	@Autowired
	StoppedJournals files;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditChainCheck check;

	@Test
	void aReadIsDurableInTheJournalWhileTheDatabaseCannotTakeItsCopy() throws IOException {
		graph.auditCaughtUp();
		Map<String, Object> head = graph
			.rows("MATCH (c:AuditChain {id: 'main'}) RETURN c.sequence AS sequence, c.lastHash AS hash", Map.of())
			.get(0);
		// without the chain's head the database cannot append: the copy waits
		write("MATCH (c:AuditChain {id: 'main'}) DELETE c", Map.of());
		try {
			users.as("coordinator").document(READ).execute().path("household.members").hasValue();
			List<JournalEntry> lines = JournalLines.read(journal.fileOf(journal.id()));
			assertThat(lines).last()
				.satisfies(line -> assertThat(line.operation()).isEqualTo("Query.household"))
				.satisfies(line -> assertThat(line.shownPersonIds()).contains("p-reita-ume"));
			assertThat(JournalLines.firstBroken(journal.id(), lines, seal)).as("every line sealed and chained")
				.isNull();
			assertThat(shipper.catchUp(Duration.ofMillis(300))).as("not in the database yet").isFalse();
		}
		finally {
			write("CREATE (:AuditChain {id: 'main', sequence: $sequence, lastHash: $hash})", head);
		}
		assertThat(shipper.catchUp(Duration.ofSeconds(10))).as("copied once the database takes it").isTrue();
		assertThat(graph.rows("""
				MATCH (e:AuditEvent {journal: $journal}) WITH e.journalSequence AS line, count(*) AS copies
				WHERE copies > 1 RETURN line""", Map.of("journal", journal.id()))).as("each line copied once")
			.isEmpty();
		assertThat(chain()).containsEntry("valid", true);
	}

	@Test
	void aStoppedInstancesJournalIsCopiedByTheNextStart(CapturedOutput output) throws Exception {
		AuditJournal stopped = new AuditJournal(properties, seal);
		String id = stopped.id();
		stopped.appendDurably(List.of(
				new AuditEntry("coordinator", "st-coord", "CASE_WORK", Instant.now(),
						PersonalDataRead.denied().named("test.stoppedInstance")),
				new AuditEntry("coordinator", "st-coord", "CASE_WORK", Instant.now(),
						PersonalDataRead.denied().named("test.stoppedInstance"))));
		stopped.destroy();

		shipper.shipStoppedJournals().get(10, TimeUnit.SECONDS);
		assertThat(copies(id)).isEqualTo(2);
		Path file = stopped.fileOf(id);
		try (RandomAccessFile edit = new RandomAccessFile(file.toFile(), "rw")) {
			edit.seek(0);
			edit.write('x');
			try {
				shipper.shipStoppedJournals().get(10, TimeUnit.SECONDS);
			}
			finally {
				edit.seek(0);
				edit.write('{');
			}
		}
		assertThat(copies(id)).as("a journal already copied is not copied again").isEqualTo(2);
		assertThat(output).as("nor read again: its first line, unreadable meanwhile, went unnoticed")
			.doesNotContain("could not be copied into the database");
		assertThat(chain()).containsEntry("valid", true);
	}

	@Test
	void anEditedJournalLineShowsInTheChainCheck() throws IOException {
		users.as("coordinator").document(READ).execute().errors().verify();
		graph.auditCaughtUp();
		Path file = journal.fileOf(journal.id());
		byte[] text = Files.readAllBytes(file);
		String content = new String(text, StandardCharsets.UTF_8);
		int at = content.indexOf("\"username\":\"coordinator\"") + "\"username\":\"".length();
		try (RandomAccessFile edit = new RandomAccessFile(file.toFile(), "rw")) {
			edit.seek(at);
			edit.write('C');
			try {
				assertThat(chain()).containsEntry("valid", false).containsEntry("problem", "JOURNAL_LINE_BROKEN");
			}
			finally {
				edit.seek(at);
				edit.write('c');
			}
		}
		assertThat(chain()).containsEntry("valid", true);
	}

	@Test
	void journalsComparedAPageAtATimeFindWhatTheDatabaseLosesOrAdds() {
		for (int i = 0; i < 5; i++) {
			users.as("coordinator").document(READ).execute().errors().verify();
		}
		graph.auditCaughtUp();
		JournalVerification twoAPage = new JournalVerification(namedQueries, seal, files, transactions, 2);
		AuditChainCheck twoAPageCheck = new AuditChainCheck(
				new ChainVerification(namedQueries, seal, checkpoints, transactions, 2), twoAPage);
		Map<String, Long> positions = twoAPage.positions();
		assertThat(check.check().journals()).as("the copies the walk met, as the journals compared line by line")
			.isEqualTo(twoAPage.verify(positions, twoAPage.read(positions), new JournalCopies(positions)))
			.as("pages of two lines, as one page of a thousand")
			.isEqualTo(twoAPageCheck.check().journals())
			.allSatisfy(status -> assertThat(status.valid()).isTrue());
		long line = ((Number) graph.rows("""
				MATCH (j:AuditJournal {id: $journal}) RETURN j.shipped - 2 AS line""", Map.of("journal", journal.id()))
			.get(0)
			.get("line")).longValue();
		String moveCopy = """
				MATCH (e:AuditEvent {journal: $journal, journalSequence: $from}) SET e.journalSequence = $to""";
		write(moveCopy, Map.of("journal", journal.id(), "from", line, "to", -line));
		try {
			assertThat(statusOf(twoAPageCheck)).as("a copied line gone from the database")
				.containsEntry("problem", ChainProblem.JOURNAL_NOT_IN_STORE)
				.containsEntry("line", line);
			write(moveCopy, Map.of("journal", journal.id(), "from", -line, "to", 1_000_000L));
			assertThat(statusOf(twoAPageCheck)).as("a copy of a line the journal does not have")
				.containsEntry("problem", ChainProblem.JOURNAL_STORE_AHEAD);
		}
		finally {
			write("""
					MATCH (e:AuditEvent {journal: $journal}) WHERE e.journalSequence IN [$line, -$line, 1000000]
					SET e.journalSequence = $line""", Map.of("journal", journal.id(), "line", line));
		}
		assertThat(statusOf(twoAPageCheck)).containsEntry("problem", "none");
	}

	private Map<String, Object> statusOf(AuditChainCheck check) {
		JournalStatus status = check.check()
			.journals()
			.stream()
			.filter(journal -> journal.journal().equals(this.journal.id()))
			.findFirst()
			.orElseThrow();
		return Map.of("problem", status.problem() == null ? "none" : status.problem(), "line",
				status.firstBrokenLine() == null ? 0L : status.firstBrokenLine());
	}

	@Test
	void aLineCutShortByACrashIsNotARecord(@TempDir Path folder) throws IOException {
		AuditJournal cut = new AuditJournal(
				new AuditProperties(folder, "k".repeat(32), null, "k1", List.of(), Duration.ZERO, folder), seal);
		cut.appendDurably(List.of(new AuditEntry("csw", "st-csw", "CASE_WORK", Instant.now(),
				PersonalDataRead.denied().named("test.cut"))));
		Path file = cut.fileOf(cut.id());
		cut.destroy();
		Files.writeString(file, "{\"journal\":\"", StandardOpenOption.APPEND);
		assertThat(JournalLines.read(file)).singleElement()
			.satisfies(line -> assertThat(line.operation()).isEqualTo("test.cut"));
	}

	private long copies(String journalId) {
		try (Session session = driver.session()) {
			return session
				.run("MATCH (e:AuditEvent {journal: $journal}) RETURN count(e) AS n",
						Map.<String, Object>of("journal", journalId))
				.single()
				.get("n")
				.asLong();
		}
	}

	private void write(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
		}
	}

	private Map<String, Object> chain() {
		return users.as("privacy")
			.document("{ auditChain { valid problem journals { journal valid problem } } }")
			.execute()
			.path("auditChain")
			.entity(Map.class)
			.get();
	}

}
