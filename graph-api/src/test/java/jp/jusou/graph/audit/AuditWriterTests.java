package jp.jusou.graph.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group commit itself, against a stand-in for the journal: requests that arrive while
 * an append runs are made durable together in the next one, each request waits for its
 * own batch, and a failed append fails its requests only. (AuditJournalTests covers the
 * journal's file, AuditGroupCommitTests the chain in the graph.)
 */
class AuditWriterTests {

	/** Records each append's size; the first append waits until the test lets it go. */
	static class RecordingLog implements DurableAppend {

		final List<Integer> appendSizes = new CopyOnWriteArrayList<>();

		final CountDownLatch firstStarted = new CountDownLatch(1);

		final CountDownLatch releaseFirst = new CountDownLatch(1);

		volatile boolean failNext;

		@Override
		public synchronized void appendDurably(List<AuditEntry> entries) {
			if (appendSizes.isEmpty()) {
				firstStarted.countDown();
				await(releaseFirst);
			}
			appendSizes.add(entries.size());
			if (failNext) {
				failNext = false;
				throw new IllegalStateException("disk unavailable");
			}
		}

	}

	private final RecordingLog log = new RecordingLog();

	private final AuditWriter writer = new AuditWriter(log, Duration.ofSeconds(5), new SimpleMeterRegistry());

	private final ExecutorService requests = Executors.newFixedThreadPool(9);

	@AfterEach
	void stop() throws InterruptedException {
		requests.shutdownNow();
		writer.destroy();
	}

	@Test
	void requestsArrivingDuringAnAppendAreAppendedTogetherInTheNext() throws Exception {
		List<Future<?>> answered = new ArrayList<>();
		answered.add(requests.submit(() -> writer.append(List.of(entry()))));
		assertThat(log.firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 8; i++) {
			answered.add(requests.submit(() -> writer.append(List.of(entry(), entry()))));
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (writer.waiting() < 8 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(writer.waiting()).as("the eight are queued behind the running append").isEqualTo(8);
		assertThat(answered.get(1).isDone()).as("a request waits until its records are committed").isFalse();
		log.releaseFirst.countDown();
		for (Future<?> answer : answered) {
			answer.get(5, TimeUnit.SECONDS);
		}
		assertThat(log.appendSizes).as("one append for the first request, one for the eight that waited")
			.containsExactly(1, 16);
	}

	@Test
	void aFailedAppendFailsItsRequestsAndTheWriterGoesOn() throws Exception {
		log.releaseFirst.countDown();
		log.failNext = true;
		assertThatThrownBy(() -> writer.append(List.of(entry()))).isInstanceOf(IllegalStateException.class)
			.hasRootCauseMessage("disk unavailable");
		writer.append(List.of(entry()));
		assertThat(log.appendSizes).containsExactly(1, 1);
	}

	private static AuditEntry entry() {
		return new AuditEntry("coordinator", "st-coord", "CASE_WORK", Instant.now(),
				PersonalDataRead.denied().named("Query.household"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
