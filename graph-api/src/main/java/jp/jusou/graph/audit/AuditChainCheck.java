package jp.jusou.graph.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The whole audit log checked (auditChain): the database's chain walked from its first
 * event ({@link ChainVerification}) while another thread reads every journal file once
 * ({@link JournalVerification}); then each journal is compared with the copies of its
 * lines the walk met. The two halves share the two cores a small installation has, and
 * the database's events are read once. Each read of the database is a transaction of its
 * own, so the check is bound by no transaction's time limit: it takes as long as the log
 * is long (docs/benchmark.md has the figures), and logs how long it took.
 */
@Component
public class AuditChainCheck {

	private static final Logger log = LoggerFactory.getLogger(AuditChainCheck.class);

	/**
	 * The database's chain and every journal, verified; the problem and first broken
	 * number are the chain's, else the first journal's that does not verify.
	 */
	public record ChainAndJournals(int events, boolean valid, Long firstBrokenSequence, String problem,
			Long checkpointSequence, List<JournalStatus> journals) {

		static ChainAndJournals of(ChainStatus chain, List<JournalStatus> journals) {
			var broken = journals.stream().filter(journal -> !journal.valid()).findFirst();
			if (!chain.valid() || broken.isEmpty()) {
				return new ChainAndJournals(chain.events(), chain.valid(), chain.firstBrokenSequence(), chain.problem(),
						chain.checkpointSequence(), journals);
			}
			return new ChainAndJournals(chain.events(), false, broken.get().firstBrokenLine(),
					broken.get().problem().name(), chain.checkpointSequence(), journals);
		}

	}

	private final ChainVerification chain;

	private final JournalVerification journals;

	AuditChainCheck(ChainVerification chain, JournalVerification journals) {
		this.chain = chain;
		this.journals = journals;
	}

	/** Checks the chain and every journal. */
	public ChainAndJournals check() {
		long start = System.nanoTime();
		// the positions before the head: every copy they count lies within the walk
		Map<String, Long> positions = journals.positions();
		long[] readNanos = { 0 };
		FutureTask<List<JournalVerification.JournalFile>> files = new FutureTask<>(() -> {
			long reading = System.nanoTime();
			List<JournalVerification.JournalFile> read = journals.read(positions);
			readNanos[0] = System.nanoTime() - reading;
			return read;
		});
		Thread reader = new Thread(files, "audit-journal-check");
		reader.setDaemon(true);
		reader.start();
		JournalCopies copies = new JournalCopies(positions);
		ChainStatus walked = chain.verify(copies);
		long walkNanos = System.nanoTime() - start;
		List<JournalStatus> statuses = journals.verify(positions, filesOf(files), copies);
		ChainAndJournals checked = ChainAndJournals.of(walked, statuses);
		log.info(
				"auditChain: {} events and {} journals checked in {} ms (the chain's walk {} ms, the journal files {} ms),"
						+ " {}",
				checked.events(), checked.journals().size(), millis(System.nanoTime() - start), millis(walkNanos),
				millis(readNanos[0]), checked.valid() ? "valid" : "not valid: " + checked.problem());
		return checked;
	}

	private static long millis(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}

	private static List<JournalVerification.JournalFile> filesOf(
			FutureTask<List<JournalVerification.JournalFile>> files) {
		try {
			return files.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The audit journals' check was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("The audit journals could not be read", ex.getCause());
		}
	}

}
