package jp.jusou.graph.resource;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Weekday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The RRULE subset activities use: weekly and nth-weekday-of-the-month rules, labels users read. */
class ScheduleTests {

	@Test
	void weeklyAndMonthlyRulesAreNormalisedAndLabelled() {
		Schedule weekly = Schedule.parse("rrule", "freq=weekly;byday=FR,MO");
		assertThat(weekly.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,FR");
		assertThat(weekly.weekdays()).containsExactly(Weekday.MON, Weekday.FRI);
		assertThat(weekly.label()).isEqualTo("毎週 月・金");

		Schedule secondWednesday = Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2");
		assertThat(secondWednesday.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=2WE");
		assertThat(secondWednesday.label()).isEqualTo("毎月 第2 水曜");
		assertThat(Schedule.parse("rrule", "RRULE:FREQ=MONTHLY;BYDAY=2WE,4WE").label()).isEqualTo("毎月 第2・第4 水曜");
		assertThat(Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=-1SA").label()).isEqualTo("毎月 最終 土曜");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "FREQ=DAILY;BYDAY=MO", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=2WE", "FREQ=MONTHLY;BYDAY=WE",
			"FREQ=MONTHLY;BYDAY=6WE", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;BYDAY=MO;INTERVAL=2",
			"FREQ=WEEKLY;BYDAY=MO;COUNT=3", "FREQ=WEEKLY;FREQ=WEEKLY;BYDAY=MO" })
	void rulesOutsideTheSubsetAreRejectedNamingTheArgument(String rrule) {
		assertThatThrownBy(() -> Schedule.parse("input.rrule", rrule)).isInstanceOfSatisfying(
				InvalidArgumentException.class, ex -> {
					assertThat(ex.argument()).isEqualTo("input.rrule");
					assertThat(ex.rule()).isEqualTo("rrule");
				});
	}
}
