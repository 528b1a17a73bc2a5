package jp.jusou.graph.operations;

import java.time.Duration;

import jp.jusou.graph.audit.JournalWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A scripted warm-up before readiness: after the start and before the readiness probe
 * says ready, three phases run, so that the first users after a restart do not pay for
 * the JIT compiler's first pass. First GraphQL requests to the service's own HTTP port as
 * an API client's, reading no person ({@link RequestWarmUp}); then the code only a
 * person's read runs (the policy's decisions, the household's mapping) on a made-up
 * household inside transactions that are rolled back ({@link PersonPathWarmUp}); then the
 * audit journal's write path on made-up lines in a journal of its own, deleted at once
 * ({@link JournalWarmUp}): every personal read's record goes through it, and the phases
 * before record nothing. The first two phases take at least {@code
 * jusou.warm-up.requests} and {@code jusou.warm-up.person-reads} steps, then go on while
 * the compiler still spends more than {@code jusou.warm-up.settled-share} of a core
 * ({@link WarmUpPace}); each phase is bounded by {@code jusou.warm-up.budget}; a failure
 * ends its phase with a log line, never the start. {@code jusou.warm-up.requests=0} skips
 * all three.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	/** Lines of the journal's warm-up ({@link JournalWarmUp}). */
	static final int JOURNAL_LINES = 1000;

	private final RequestWarmUp requestWarmUp;

	private final PersonPathWarmUp personPath;

	private final JournalWarmUp journal;

	private final int requests;

	private final int personReads;

	private final Duration budget;

	private final double settledShare;

	WarmUp(RequestWarmUp requestWarmUp, PersonPathWarmUp personPath, JournalWarmUp journal,
			@Value("${jusou.warm-up.requests:1000}") int requests,
			@Value("${jusou.warm-up.person-reads:1500}") int personReads,
			@Value("${jusou.warm-up.budget:30s}") Duration budget,
			@Value("${jusou.warm-up.settled-share:0.25}") double settledShare) {
		this.requestWarmUp = requestWarmUp;
		this.personPath = personPath;
		this.journal = journal;
		this.requests = requests;
		this.personReads = personReads;
		this.budget = budget;
		this.settledShare = settledShare;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (requests <= 0) {
			return;
		}
		long started = System.nanoTime();
		RequestWarmUp.Result result = requestWarmUp.send(WarmUpPace.ofThisJvm(requests, settledShare, budget));
		log.info(
				"Warm-up: {} requests {} in {} ms before readiness (p50 of the first 20 {} ms, of the last 20 {} ms; {}){}",
				result.answered(), result.path(), (System.nanoTime() - started) / 1_000_000, result.firstMillis(),
				result.lastMillis(), result.ended(),
				result.failure().map(failure -> "; stopped: " + failure).orElse(""));
		if (personReads > 0) {
			warmPersonPath();
		}
		long journalStarted = System.nanoTime();
		try {
			int lines = journal.exercise(JOURNAL_LINES);
			log.info("Warm-up: {} made-up audit journal lines written and deleted in {} ms", lines,
					(System.nanoTime() - journalStarted) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Warm-up: the audit journal's write path was not warmed: {}", ex.getMessage());
		}
	}

	/** The person path's warm-up, logged; a failure is logged and the start goes on. */
	private void warmPersonPath() {
		long personPathStarted = System.nanoTime();
		try {
			PersonPathWarmUp.Result persons = personPath.run(WarmUpPace.ofThisJvm(personReads, settledShare, budget));
			log.info("Warm-up: {} reads of a made-up household in transactions rolled back, in {} ms ({} members shown,"
					+ " {} audit records of made-up ids dropped; p50 of the first 20 {} ms, of the last 20 {} ms; {})",
					persons.reads(), (System.nanoTime() - personPathStarted) / 1_000_000, persons.membersShown(),
					persons.recordsDropped(), persons.firstMillis(), persons.lastMillis(), persons.ended());
		}
		catch (RuntimeException ex) {
			log.warn("Warm-up: the person path was not warmed: {}", ex.getMessage());
		}
	}

}
