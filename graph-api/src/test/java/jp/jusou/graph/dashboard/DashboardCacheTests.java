package jp.jusou.graph.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fiscal year is counted once per cache-ttl, concurrent requests share one count,
 * failures are not kept.
 */
class DashboardCacheTests {

	private final AtomicInteger counts = new AtomicInteger();

	private Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	private Dashboard count(int fiscalYear) {
		counts.incrementAndGet();
		return new Dashboard(fiscalYear, LocalDate.of(fiscalYear, 4, 1), LocalDate.of(fiscalYear + 1, 3, 31), 5,
				List.of(), List.of(), now.toString());
	}

	@Test
	void aYearIsCountedOncePerTtlAndEachYearOnItsOwn() {
		DashboardCache cache = new DashboardCache(Duration.ofMinutes(5), clock);
		Dashboard first = cache.get(2026, this::count);
		now = now.plusSeconds(299);
		assertThat(cache.get(2026, this::count)).isSameAs(first);
		cache.get(2025, this::count);
		assertThat(counts).hasValue(2);
		now = now.plusSeconds(1);
		assertThat(cache.get(2026, this::count)).isNotSameAs(first);
		assertThat(counts).hasValue(3);
	}

	@Test
	void requestsDuringACountWaitForIt() throws Exception {
		DashboardCache cache = new DashboardCache(Duration.ofMinutes(5), clock);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService requests = Executors.newFixedThreadPool(8);
		try {
			List<Future<Dashboard>> answers = new ArrayList<>();
			answers.add(requests.submit(() -> cache.get(2026, year -> {
				started.countDown();
				await(release);
				return count(year);
			})));
			started.await(5, TimeUnit.SECONDS);
			for (int i = 0; i < 7; i++) {
				answers.add(requests.submit(() -> cache.get(2026, this::count)));
			}
			release.countDown();
			Dashboard shared = answers.get(0).get(5, TimeUnit.SECONDS);
			for (Future<Dashboard> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(shared);
			}
			assertThat(counts).as("one count for eight requests").hasValue(1);
		}
		finally {
			requests.shutdownNow();
		}
	}

	@Test
	void aFailedCountIsNotKept() {
		DashboardCache cache = new DashboardCache(Duration.ofMinutes(5), clock);
		assertThatThrownBy(() -> cache.get(2026, year -> {
			throw new IllegalStateException("database unavailable");
		})).hasMessage("database unavailable");
		cache.get(2026, this::count);
		assertThat(counts).hasValue(1);
	}

	@Test
	void aZeroTtlCountsEveryRequest() {
		DashboardCache cache = new DashboardCache(Duration.ZERO, clock);
		cache.get(2026, this::count);
		cache.get(2026, this::count);
		assertThat(counts).hasValue(2);
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
