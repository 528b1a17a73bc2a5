package jp.jusou.graph.resource;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Weekday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Activities' RRULEs as community activities use them, read by lib-recur: the labels
 * users read and the next dates computed from the rule — 第2水曜 and 第4月曜 are two days a
 * month, 隔週 every other week from its first date, a monthly 第2水曜 never every Wednesday.
 */
class ScheduleTests {

	/** A Wednesday. */
	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void weeklyAndMonthlyRulesAreLabelled() {
		Schedule weekly = Schedule.parse("rrule", "freq=weekly;byday=FR,MO", null);
		assertThat(weekly.weekdays()).containsExactly(Weekday.MON, Weekday.FRI);
		assertThat(weekly.label()).isEqualTo("毎週 月・金");
		assertThat(Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2", null).label()).isEqualTo("毎月 第2 水曜");
		assertThat(Schedule.parse("rrule", "RRULE:FREQ=MONTHLY;BYDAY=2WE,4WE", null).label()).isEqualTo("毎月 第2・第4 水曜");
		assertThat(Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=-1SA", null).label()).isEqualTo("毎月 最終 土曜");
		assertThat(Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=2WE,4MO", null).label()).isEqualTo("毎月 第4 月曜・第2 水曜");
		assertThat(Schedule.parse("rrule", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", TODAY).label()).isEqualTo("隔週 火");
	}

	@Test
	void theSecondWednesdayAndTheFourthMondayAreTwoDaysAMonth() {
		Schedule schedule = Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=2WE,4MO", null);
		assertThat(schedule.weekdays()).containsExactly(Weekday.MON, Weekday.WED);
		assertThat(schedule.next(TODAY, 4)).containsExactly(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 28),
				LocalDate.of(2027, 1, 13), LocalDate.of(2027, 1, 25));
	}

	@Test
	void aMonthlySecondWednesdayIsNotEveryWednesday() {
		assertThat(Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=2WE", null).next(TODAY, 3))
			.containsExactly(LocalDate.of(2026, 12, 9), LocalDate.of(2027, 1, 13), LocalDate.of(2027, 2, 10));
		assertThat(Schedule.parse("rrule", "FREQ=MONTHLY;BYDAY=-1SA", null).next(TODAY, 1))
			.containsExactly(LocalDate.of(2026, 12, 26));
	}

	@Test
	void everyOtherWeekFollowsItsFirstDate() {
		Schedule salon = Schedule.parse("rrule", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", LocalDate.of(2026, 11, 24));
		assertThat(salon.next(TODAY, 3)).containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 22),
				LocalDate.of(2027, 1, 5));
		assertThatThrownBy(() -> Schedule.parse("input.rrule", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", null))
			.isInstanceOfSatisfying(InvalidArgumentException.class,
					ex -> assertThat(ex.argument()).isEqualTo("input.startDate"));
	}

	@Test
	void untilAndAnEventsDatesBoundTheNextDates() {
		assertThat(Schedule.parse("rrule", "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261216", null).next(TODAY, 5))
			.containsExactly(TODAY, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 16));
		Schedule event = Schedule.stored(null, List.of(Weekday.SAT), LocalDate.of(2026, 12, 5),
				LocalDate.of(2026, 12, 5));
		assertThat(event.next(TODAY, 3)).containsExactly(LocalDate.of(2026, 12, 5));
		assertThat(event.label()).isEqualTo("毎週 土");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "FREQ=DAILY;BYDAY=MO", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=2WE", "FREQ=MONTHLY;BYDAY=WE",
			"FREQ=MONTHLY;BYDAY=6WE", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;BYDAY=MO;INTERVAL=13",
			"FREQ=WEEKLY;BYDAY=MO;COUNT=3", "FREQ=WEEKLY;FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;BYDAY=2WE;BYSETPOS=2",
			"FREQ=WEEKLY;BYDAY=MO;BYHOUR=10" })
	void rulesOutsideWhatActivitiesUseAreRejectedNamingTheArgument(String rrule) {
		assertThatThrownBy(() -> Schedule.parse("input.rrule", rrule, TODAY))
			.isInstanceOfSatisfying(InvalidArgumentException.class, ex -> {
				assertThat(ex.argument()).isEqualTo("input.rrule");
				assertThat(ex.rule()).isEqualTo("rrule");
			});
	}

}
