package jp.jusou.graph.benchmark;

import java.util.Arrays;

/** Percentiles and throughput of one measured run. */
record LatencyStats(double p50, double p95, double p99, double perSecond) {

	static LatencyStats of(long[] nanos, long wallNanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new LatencyStats(millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
				sorted.length / (wallNanos / 1e9));
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}
}
