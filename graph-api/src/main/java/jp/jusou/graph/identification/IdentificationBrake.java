package jp.jusou.graph.identification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Brakes identification at a window against enumeration: a staff member whose
 * identifications failed {@link #MAX_FAILURES} times within {@link #WINDOW} may try again
 * only when the oldest of those failures is older than that. Kept per service instance.
 */
@Component
class IdentificationBrake {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	/** Wall-clock time: the service's configured "today" may be fixed (demo, tests). */
	private final Clock clock = Clock.systemUTC();

	/** True while the staff member's recent failures hold them back. */
	boolean braked(String staffId) {
		Deque<Instant> recent = failures.get(staffId);
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= MAX_FAILURES;
		}
	}

	void failed(String staffId) {
		Deque<Instant> recent = failures.computeIfAbsent(staffId, id -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(Instant.now(clock));
		}
	}

	private void prune(Deque<Instant> recent) {
		Instant since = Instant.now(clock).minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
			recent.removeFirst();
		}
	}

}
