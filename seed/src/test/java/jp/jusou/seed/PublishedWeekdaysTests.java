package jp.jusou.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Weekdays written the ways municipalities publish them, after NFKC. */
class PublishedWeekdaysTests {

	@Test
	void rangesListsAndRunTogetherDays() {
		assertThat(parse("月～金")).isEqualTo(days(false, "MON", "TUE", "WED", "THU", "FRI"));
		assertThat(parse("月〜金")).isEqualTo(days(false, "MON", "TUE", "WED", "THU", "FRI"));
		assertThat(parse("月曜日-水曜日")).isEqualTo(days(false, "MON", "TUE", "WED"));
		assertThat(parse("金～月")).as("wrapping").isEqualTo(days(false, "MON", "FRI", "SAT", "SUN"));
		assertThat(parse("月・水・金")).isEqualTo(days(false, "MON", "WED", "FRI"));
		assertThat(parse("月;水、金")).isEqualTo(days(false, "MON", "WED", "FRI"));
		assertThat(parse("土日祝")).isEqualTo(days(true, "SAT", "SUN"));
		assertThat(parse("平日")).isEqualTo(days(false, "MON", "TUE", "WED", "THU", "FRI"));
		assertThat(parse("毎日")).isEqualTo(days(false, "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
		assertThat(parse("火 木")).isEqualTo(days(false, "TUE", "THU"));
		assertThat(parse(null)).isEqualTo(PublishedWeekdays.Days.NONE);
	}

	@Test
	void somethingElseIsRefusedWithTheText() {
		assertThatThrownBy(() -> parse("第2水曜")).hasMessageContaining("第2水曜").hasMessageContaining("曜日が読み取れません");
	}

	private static PublishedWeekdays.Days parse(String published) {
		return PublishedWeekdays.parse(OpenDataCsv.nfkc(published));
	}

	private static PublishedWeekdays.Days days(boolean holidays, String... weekdays) {
		return new PublishedWeekdays.Days(java.util.List.of(weekdays), holidays);
	}

}
