package jp.jusou.graph.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.jusou.graph.support.NamedQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the audit journal's lines into the database's chain ({@link AuditLog}), which
 * {@code auditTrail} reads, on a thread of its own and many lines a transaction: the
 * lines of one {@code jusou.audit.ship-delay} after a durable batch together (so that the
 * database's work per read is a share of one append, not an append), at once when
 * {@link #catchUp} is asked, and at start the journals of instances that have stopped
 * ({@link StoppedJournals}). Each transaction moves the journal's position in the
 * database (audit-journal-advance) with the copy, so a line is copied once; a failed
 * transaction is tried again a second later, from the journal.
 */
@Component
public class AuditJournalShipper implements DisposableBean {

	/** Lines copied in one transaction at most. */
	static final int LINES_PER_TRANSACTION = 500;

	private static final Logger log = LoggerFactory.getLogger(AuditJournalShipper.class);

	private final AuditJournal journal;

	private final AuditLog auditLog;

	private final NamedQueries graph;

	private final TransactionTemplate transactions;

	private final StoppedJournals stopped;

	private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, task -> {
		Thread shipper = new Thread(task, "audit-shipper");
		shipper.setDaemon(true);
		return shipper;
	});

	private final AtomicBoolean pending = new AtomicBoolean();

	/**
	 * Lines taken from the journal and not yet in the database (the shipper's thread
	 * only).
	 */
	private final List<JournalEntry> inFlight = new ArrayList<>();

	private final Object progress = new Object();

	/** Lines this instance made durable that are in the database. */
	private long shipped;

	private final Duration delay;

	AuditJournalShipper(AuditJournal journal, AuditLog auditLog, NamedQueries graph,
			PlatformTransactionManager transactionManager, StoppedJournals stopped,
			@Value("${jusou.audit.ship-delay:500ms}") Duration delay) {
		this.delay = delay;
		this.journal = journal;
		this.auditLog = auditLog;
		this.graph = graph;
		this.transactions = new TransactionTemplate(transactionManager);
		this.stopped = stopped;
		this.thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		journal.afterEachBatch(() -> ship(delay));
	}

	/** Copies the journals of stopped instances once the database is ready. */
	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		shipStoppedJournals();
	}

	/** Copies the journals of stopped instances, on the shipper's thread. */
	Future<?> shipStoppedJournals() {
		String own = journal.id();
		return thread.submit(() -> stopped.each(own, this::shipAll));
	}

	/**
	 * Waits until every line this instance made durable so far is in the database, at
	 * most {@code wait}; the audit trail reads after it, so it holds this instance's
	 * newest reads.
	 * @return false when the wait ran out first
	 */
	public boolean catchUp(Duration wait) {
		long target = journal.written();
		ship(Duration.ZERO);
		long deadline = System.nanoTime() + wait.toNanos();
		synchronized (progress) {
			while (shipped < target) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(progress, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Copies what is durable after {@code after}, unless a copy is already due; a copy
	 * asked at once runs even when a delayed one is due (the delayed one then finds
	 * little or nothing).
	 */
	private void ship(Duration after) {
		boolean first = pending.compareAndSet(false, true);
		if (!first && !after.isZero()) {
			return;
		}
		try {
			thread.schedule(this::shipOwn, after.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException stopping) {
			pending.set(false);
		}
	}

	private void shipOwn() {
		pending.set(false);
		try {
			while (true) {
				if (inFlight.isEmpty()) {
					inFlight.addAll(journal.takeUnshipped(LINES_PER_TRANSACTION));
				}
				if (inFlight.isEmpty()) {
					return;
				}
				String journalId = inFlight.get(0).journal();
				ship(journalId, inFlight, journal.fileOf(journalId));
				synchronized (progress) {
					shipped += inFlight.size();
					progress.notifyAll();
				}
				inFlight.clear();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Copying the audit journal into the database failed, trying again in a second: {}",
					ex.getClass().getSimpleName());
			ship(Duration.ofSeconds(1));
		}
	}

	/**
	 * Copies every line of a stopped instance's journal the database does not hold,
	 * {@value #LINES_PER_TRANSACTION} at a time as they are read from the file. A journal
	 * whose last line the database holds is not read: a stopped instance copies its own
	 * lines as it stops, and its file would otherwise be read again at every start while
	 * the first users are served.
	 */
	private void shipAll(String journalId, Path file) {
		long at = position(journalId);
		if (at >= JournalLines.lastSequence(file)) {
			return;
		}
		List<JournalEntry> batch = new ArrayList<>(LINES_PER_TRANSACTION);
		long[] copied = { 0 };
		JournalLines.forEach(file, line -> {
			if (line.sequence() <= at) {
				return;
			}
			batch.add(line);
			if (batch.size() == LINES_PER_TRANSACTION) {
				ship(journalId, List.copyOf(batch), file);
				copied[0] += batch.size();
				batch.clear();
			}
		});
		if (!batch.isEmpty()) {
			ship(journalId, List.copyOf(batch), file);
			copied[0] += batch.size();
		}
		if (copied[0] > 0) {
			log.info("Copied {} lines of the stopped instance's audit journal {} into the database", copied[0],
					journalId);
		}
	}

	/**
	 * Copies {@code lines} (consecutive) in one transaction with the journal's position;
	 * when the database's position is elsewhere, copies from there instead, reading the
	 * journal's file. Returns the number of the last line now in the database.
	 */
	private long ship(String journalId, List<JournalEntry> lines, Path file) {
		long from = lines.get(0).sequence() - 1;
		long to = lines.get(lines.size() - 1).sequence();
		return transactions.execute(status -> {
			if (advance(journalId, from, to)) {
				auditLog.appendFromJournal(lines);
				return to;
			}
			long at = position(journalId);
			if (at >= to) {
				return at;
			}
			List<JournalEntry> missing = new ArrayList<>();
			JournalLines.forEach(file, line -> {
				if (line.sequence() > at && line.sequence() <= to) {
					missing.add(line);
				}
			});
			if (!advance(journalId, at, to)) {
				throw new IllegalStateException("The audit journal's position moved while copying");
			}
			auditLog.appendFromJournal(missing);
			return to;
		});
	}

	private boolean advance(String journalId, long from, long to) {
		return graph.query("audit-journal-advance")
			.bindAll(Map.of("journal", journalId, "from", from, "to", to))
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("advanced").asLong())
			.one()
			.orElse(0L) > 0;
	}

	private long position(String journalId) {
		return graph.query("audit-journal-position")
			.bind(journalId)
			.to("journal")
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("shipped").asLong())
			.one()
			.orElse(0L);
	}

	@Override
	public void destroy() throws InterruptedException {
		thread.execute(this::shipOwn);
		thread.shutdown();
		thread.awaitTermination(5, TimeUnit.SECONDS);
	}

}
