package jp.jusou.graph.audit;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.jusou.graph.support.NamedQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links appended audit events to the persons and households they name (audit-link.cypher:
 * one AuditBatch per run, its subjects one list in a full-text index), on a thread of its
 * own, many events per transaction. A request waits only until its events are chained and
 * committed — the record is complete and sealed then (fail closed) — not for these links,
 * which are an index for auditTrail; until they exist, auditTrail finds the events by the
 * ids they carry. Asked to link after every append; the appends of one
 * {@code jusou.audit.link-delay} are one run. On shutdown it links what is left, so a
 * stopped store has every event linked.
 */
@Component
public class AuditLinker implements DisposableBean {

	/** Events linked in one transaction at most. */
	static final int EVENTS_PER_RUN = 1_000;

	static final String THREAD_NAME = "audit-linker";

	private static final Logger log = LoggerFactory.getLogger(AuditLinker.class);

	private final NamedQueries graph;

	private final TransactionTemplate transactions;

	private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, task -> {
		Thread linker = new Thread(task, THREAD_NAME);
		linker.setDaemon(true);
		return linker;
	});

	private final AtomicBoolean pending = new AtomicBoolean();

	private final Duration delay;

	AuditLinker(NamedQueries graph, PlatformTransactionManager transactionManager,
			@Value("${jusou.audit.link-delay:1s}") Duration delay) {
		this.graph = graph;
		this.transactions = new TransactionTemplate(transactionManager);
		this.delay = delay;
		this.thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
	}

	/**
	 * Links the events not linked yet on the linker's thread, after
	 * {@code jusou.audit.link-delay} (1 s): the appends of that time are linked in one
	 * transaction, each subject merged once however many of them name it.
	 */
	void linkSoon() {
		if (pending.compareAndSet(false, true)) {
			try {
				thread.schedule(this::linkPending, delay.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				// shutting down: destroy() links what is left
				pending.set(false);
			}
		}
	}

	private void linkPending() {
		pending.set(false);
		try {
			linkAll();
		}
		catch (RuntimeException ex) {
			// the events stay findable by their ids; the next append asks again
			log.warn("Linking audit events to their subjects failed, tried again after the next append: {}",
					ex.getMessage());
		}
	}

	/**
	 * Links every event not linked yet, {@link #EVENTS_PER_RUN} per transaction, now, on
	 * the caller's thread.
	 * @return how many events it linked
	 */
	public int linkAll() {
		int total = 0;
		int linked;
		do {
			linked = transactions.execute(status -> graph.query("audit-link")
				.bind(EVENTS_PER_RUN)
				.to("batch")
				.fetchAs(Integer.class)
				.mappedBy((types, record) -> record.get("linked").asInt())
				.one()
				.orElse(0));
			total += linked;
		}
		while (linked == EVENTS_PER_RUN);
		return total;
	}

	@Override
	public void destroy() throws InterruptedException {
		thread.shutdown();
		thread.awaitTermination(30, TimeUnit.SECONDS);
		try {
			linkAll();
		}
		catch (RuntimeException ex) {
			log.warn("Linking the last audit events failed; auditTrail finds them by their ids: {}", ex.getMessage());
		}
	}

}
