package jp.jusou.graph.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the JVM's threads, split into the database's (the embedded Neo4j's
 * {@code neo4j.*} and page-cache threads) and the service's (every other thread except
 * the benchmark's own client threads, {@value #CLIENT_PREFIX}* and the HTTP client's).
 * Against a server ({@code NEO4J_URI}) the database column is the server's share that ran
 * here: none. GC and JIT threads are not Java threads and count in neither column.
 */
final class CpuMeter {

	static final String CLIENT_PREFIX = "bench-client-";

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	/**
	 * CPU nanoseconds by thread id at the last {@link #start()}, and the thread's kind.
	 */
	private Map<Long, Long> startNanos = Map.of();

	CpuMeter() {
		if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
			threads.setThreadCpuTimeEnabled(true);
		}
	}

	void start() {
		startNanos = snapshot(null);
	}

	/** Milliseconds of CPU since {@link #start()}: service, database. */
	double[] stop() {
		Map<Long, Boolean> database = new HashMap<>();
		Map<Long, Long> now = snapshot(database);
		double service = 0;
		double db = 0;
		for (Map.Entry<Long, Long> entry : now.entrySet()) {
			Boolean isDatabase = database.get(entry.getKey());
			if (isDatabase == null) {
				continue;
			}
			long used = entry.getValue() - startNanos.getOrDefault(entry.getKey(), 0L);
			if (isDatabase) {
				db += used / 1e6;
			}
			else {
				service += used / 1e6;
			}
		}
		return new double[] { service, db };
	}

	/**
	 * CPU time of every live thread; kinds filled for threads that belong to the service
	 * or database.
	 */
	private Map<Long, Long> snapshot(Map<Long, Boolean> kinds) {
		Map<Long, Long> cpu = new HashMap<>();
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			long nanos = threads.getThreadCpuTime(info.getThreadId());
			if (nanos < 0) {
				continue;
			}
			cpu.put(info.getThreadId(), nanos);
			String name = info.getThreadName();
			boolean client = name.startsWith(CLIENT_PREFIX) || name.startsWith("HttpClient-");
			if (kinds != null && !client) {
				kinds.put(info.getThreadId(), name.startsWith("neo4j.") || name.startsWith("MuninnPageCache"));
			}
		}
		return cpu;
	}

}
