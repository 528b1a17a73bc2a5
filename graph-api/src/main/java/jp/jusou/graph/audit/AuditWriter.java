package jp.jusou.graph.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.AuditSink;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Group commit for the audit journal: requests hand their records to one writer thread
 * and wait; the writer makes what every waiting request read durable at once
 * ({@link AuditJournal}: one write, one fsync), so sixteen concurrent requests cost one
 * fsync, not sixteen. A request gets its answer only after its records are durable (fail
 * closed); if the batch fails, every request in it fails. The database's copy of the
 * records follows in the background ({@link AuditJournalShipper}).
 */
@Component
public class AuditWriter implements AuditSink, DisposableBean {

	/** Requests appended together at most, so that one statement stays small. */
	static final int MAX_REQUESTS_PER_APPEND = 64;

	private record Pending(List<AuditEntry> entries, CompletableFuture<Void> appended) {
	}

	private final DurableAppend journal;

	private final Duration wait;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);

	private final Thread writer;

	private volatile boolean running = true;

	private final Timer appendTime;

	private final DistributionSummary requestsPerAppend;

	private final DistributionSummary recordsPerAppend;

	AuditWriter(DurableAppend journal, @Value("${jusou.audit.append-wait:15s}") Duration wait, MeterRegistry registry) {
		this.journal = journal;
		this.wait = wait;
		this.appendTime = Timer.builder("jusou.audit.append")
			.description("One group-committed audit append: the journal's write and fsync")
			.publishPercentileHistogram()
			.register(registry);
		this.requestsPerAppend = DistributionSummary.builder("jusou.audit.batch.requests")
			.description("Requests whose records one audit append committed together")
			.register(registry);
		this.recordsPerAppend = DistributionSummary.builder("jusou.audit.batch.records")
			.description("Audit records one append committed")
			.register(registry);
		this.writer = new Thread(this::writeUntilStopped, "audit-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Appends one request's records and waits until they are durable.
	 * @throws IllegalStateException when they could not be appended within the wait
	 */
	public void append(List<AuditEntry> entries) {
		Pending pending = new Pending(List.copyOf(entries), new CompletableFuture<>());
		try {
			if (!running || !queue.offer(pending, wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("The audit writer is not accepting records");
			}
			pending.appended().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The audit append failed", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The audit append did not finish within " + wait, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the audit append", ex);
		}
	}

	/** Requests waiting for the next append (not the one running). */
	int waiting() {
		return queue.size();
	}

	private void writeUntilStopped() {
		while (running) {
			List<Pending> batch = new ArrayList<>();
			try {
				batch.add(queue.take());
			}
			catch (InterruptedException ex) {
				break;
			}
			queue.drainTo(batch, MAX_REQUESTS_PER_APPEND - 1);
			appendTogether(batch);
		}
		List<Pending> left = new ArrayList<>();
		queue.drainTo(left);
		left.forEach(pending -> pending.appended().completeExceptionally(new IllegalStateException("shutting down")));
	}

	private void appendTogether(List<Pending> batch) {
		List<AuditEntry> entries = batch.stream().flatMap(pending -> pending.entries().stream()).toList();
		long started = System.nanoTime();
		try {
			journal.appendDurably(entries);
			appendTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			requestsPerAppend.record(batch.size());
			recordsPerAppend.record(entries.size());
		}
		catch (Throwable ex) {
			// whatever went wrong, the requests waiting for this batch answer
			// AUDIT_UNAVAILABLE and the writer lives on for the next one
			batch.forEach(pending -> pending.appended().completeExceptionally(ex));
			return;
		}
		batch.forEach(pending -> pending.appended().complete(null));
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		writer.interrupt();
		writer.join(wait.toMillis());
	}

}
