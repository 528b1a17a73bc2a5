package jp.jusou.graph.operations;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warm-up phase goes on past its least number of steps while the JIT compiler is still
 * busy, ends when it settles, and never outlasts its budget. The clocks are the test's:
 * each step takes a millisecond, and the compiler's time is a function of the wall's.
 */
class WarmUpPaceTests {

	private static final long STEP_NANOS = 1_000_000;

	/** The steps a phase takes, and how it says it ended. */
	private record Run(int steps, WarmUpPace pace) {
	}

	/**
	 * Steps of a millisecond each while the pace says another; {@code compiling} gives
	 * the compiler's total milliseconds at a wall time in milliseconds.
	 */
	private static Run run(int least, Duration budget, LongUnaryOperator compiling) {
		long[] wallNanos = { 0 };
		WarmUpPace pace = new WarmUpPace(least, 0.25, budget, () -> wallNanos[0],
				() -> compiling.applyAsLong(wallNanos[0] / STEP_NANOS));
		int done = 0;
		while (pace.another(done)) {
			done++;
			wallNanos[0] += STEP_NANOS;
		}
		return new Run(done, pace);
	}

	@Test
	void aQuietCompilerEndsThePhaseAtItsLeast() {
		Run run = run(1000, Duration.ofSeconds(30), millis -> 0);
		assertThat(run.steps()).isEqualTo(1000);
		assertThat(run.pace().fellShort(run.steps())).isFalse();
		assertThat(run.pace().howItEnded()).isEqualTo("the compiler at 0 % of a core over the last 100");
	}

	@Test
	void aBusyCompilerKeepsThePhaseGoingUntilItSettles() {
		// a whole core compiling for the first 2.5 s, a tenth of one after
		Run run = run(1000, Duration.ofSeconds(30), millis -> (millis < 2500) ? millis : 2500 + (millis - 2500) / 10);
		assertThat(run.steps()).as("on to the first whole round after the compiler quietened").isEqualTo(2600);
		assertThat(run.pace().fellShort(run.steps())).isFalse();
		assertThat(run.pace().howItEnded()).isEqualTo("the compiler at 10 % of a core over the last 100");
	}

	@Test
	void aCompilerThatNeverSettlesIsCutAtTheBudget() {
		Run run = run(1000, Duration.ofSeconds(5), millis -> millis);
		assertThat(run.steps()).isBetween(5000, 5001);
		assertThat(run.pace().fellShort(run.steps())).isFalse();
		assertThat(run.pace().howItEnded())
			.isEqualTo("its budget of 5 s was spent with the compiler at 100 % of a core");
	}

	@Test
	void aBudgetSpentBeforeTheLeastIsAShortfall() {
		Run run = run(2000, Duration.ofSeconds(1), millis -> 0);
		assertThat(run.steps()).isBetween(1000, 1001);
		assertThat(run.pace().fellShort(run.steps())).isTrue();
		assertThat(run.pace().howItEnded()).isEqualTo("its budget of 1 s was spent with the compiler at 0 % of a core");
	}

	@Test
	void whereTheCompilersTimeIsNotMeasuredThePhaseEndsAtItsLeast() {
		Run run = run(1000, Duration.ofSeconds(30), millis -> -1);
		assertThat(run.steps()).isEqualTo(1000);
		assertThat(run.pace().howItEnded()).isEqualTo("at its least: this JVM does not measure its compiler's time");
	}

}
