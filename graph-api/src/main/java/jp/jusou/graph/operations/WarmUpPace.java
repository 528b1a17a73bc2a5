package jp.jusou.graph.operations;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How long a warm-up phase goes on: its least number of steps, then on, a round of
 * {@link #ROUND} steps at a time, while the JIT compiler is still busy — it spent more
 * than {@code settledShare} of a core compiling during the last round — and never past
 * the phase's time budget. Readiness said while the compiler still works hands the first
 * users code that is still being compiled: on two cores, after the 1,000 requests of the
 * first warm-up the compiler still took more than a core, and the first 100 household
 * reads after readiness were 1.3–1.6× the steady state's; after 3,000, with the compiler
 * quieter, 1.0–1.2× (docs/benchmark.md, eighth round). Where the JVM does not measure its
 * compiler's time the phase ends at its least.
 */
final class WarmUpPace {

	/** Steps between two looks at the compiler. */
	static final int ROUND = 100;

	private final int least;

	private final double settledShare;

	private final Duration budget;

	private final LongSupplier wallNanos;

	private final LongSupplier compileMillis;

	private final long deadline;

	private long roundStartedNanos;

	private long roundStartedCompileMillis;

	private double lastShare = Double.NaN;

	private boolean budgetSpent;

	private int measuredAt;

	WarmUpPace(int least, double settledShare, Duration budget, LongSupplier wallNanos, LongSupplier compileMillis) {
		this.least = least;
		this.settledShare = settledShare;
		this.budget = budget;
		this.wallNanos = wallNanos;
		this.compileMillis = compileMillis;
		this.roundStartedNanos = wallNanos.getAsLong();
		this.roundStartedCompileMillis = compileMillis.getAsLong();
		this.deadline = this.roundStartedNanos + budget.toNanos();
	}

	/** The pace of one phase on this JVM: its clock and its compiler's time. */
	static WarmUpPace ofThisJvm(int least, double settledShare, Duration budget) {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		LongSupplier compileMillis = (compiler != null && compiler.isCompilationTimeMonitoringSupported())
				? compiler::getTotalCompilationTime : () -> -1;
		return new WarmUpPace(least, settledShare, budget, System::nanoTime, compileMillis);
	}

	/** Whether the phase takes another step after {@code done} steps. */
	boolean another(int done) {
		long now = wallNanos.getAsLong();
		if (now > deadline) {
			budgetSpent = true;
			return false;
		}
		if (done > 0 && done % ROUND == 0 && done != measuredAt) {
			measuredAt = done;
			long compiled = compileMillis.getAsLong();
			if (compiled >= 0) {
				lastShare = (compiled - roundStartedCompileMillis) * 1_000_000.0 / Math.max(1, now - roundStartedNanos);
			}
			roundStartedNanos = now;
			roundStartedCompileMillis = compiled;
		}
		if (done < least) {
			return true;
		}
		return !Double.isNaN(lastShare) && lastShare > settledShare;
	}

	/** Whether the phase ended before its least number of steps: its budget was spent. */
	boolean fellShort(int done) {
		return done < least;
	}

	/** Why the phase ended, for its log line. */
	String howItEnded() {
		if (Double.isNaN(lastShare)) {
			return budgetSpent ? "its budget of " + budget.toSeconds() + " s was spent"
					: (compileMillis.getAsLong() < 0) ? "at its least: this JVM does not measure its compiler's time"
							: "at its least, before a look at the compiler";
		}
		String share = String.format(Locale.ROOT, "%.0f %% of a core", lastShare * 100);
		if (budgetSpent) {
			return "its budget of " + budget.toSeconds() + " s was spent with the compiler at " + share;
		}
		return "the compiler at " + share + " over the last " + ROUND;
	}

}
