package jp.jusou.graph.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps each fiscal year's dashboard for {@code jusou.dashboard.cache-ttl} when one is
 * set (the default, 0, keeps nothing: the monthly cells are kept on write, so a fresh
 * answer is cheap). Requests that arrive while a year is being computed wait for that
 * computation instead of starting their own. A failed computation is not kept. The answer
 * says when it was computed.
 */
@Component
class DashboardCache {

	private record Entry(Instant computedAt, CompletableFuture<Dashboard> dashboard) {
	}

	private final Duration ttl;

	private final Clock clock;

	private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();

	@Autowired
	DashboardCache(DashboardProperties properties) {
		// wall time, not the service's Clock: jusou.today may fix "today" for a demo, but
		// kept answers must still age
		this(properties.cacheTtl(), Clock.systemUTC());
	}

	DashboardCache(Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
	}

	/**
	 * The dashboard of {@code fiscalYear}, computed by {@code compute} unless a fresh one
	 * is kept.
	 */
	Dashboard get(int fiscalYear, IntFunction<Dashboard> compute) {
		if (ttl.isZero() || ttl.isNegative()) {
			return compute.apply(fiscalYear);
		}
		CompletableFuture<Dashboard> mine = new CompletableFuture<>();
		Entry entry = entries.compute(fiscalYear,
				(year, kept) -> kept != null && fresh(kept) ? kept : new Entry(clock.instant(), mine));
		if (entry.dashboard() == mine) {
			try {
				mine.complete(compute.apply(fiscalYear));
			}
			catch (RuntimeException ex) {
				entries.remove(fiscalYear, entry);
				mine.completeExceptionally(ex);
				throw ex;
			}
		}
		try {
			return entry.dashboard().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private boolean fresh(Entry entry) {
		return !entry.dashboard().isCompletedExceptionally() && entry.computedAt().plus(ttl).isAfter(clock.instant());
	}

}
