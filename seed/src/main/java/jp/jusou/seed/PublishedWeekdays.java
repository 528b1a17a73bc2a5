package jp.jusou.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Weekdays as municipalities publish them in 利用可能曜日 / 開催曜日: single days and lists
 * ({@code 火}, {@code 月・水・金}, {@code 月;水}, {@code 月、水}), ranges ({@code 月～金}, {@code 月〜金},
 * {@code 月-金}, wrapping as {@code 金～月}), run-together days ({@code 土日祝}), {@code 平日},
 * {@code 毎日}, with or without {@code 曜日}/{@code 曜}; {@code 祝} or {@code 祝日} marks that it
 * is open on public holidays too. Read after NFKC, so 全角 separators and tildes arrive as
 * ASCII.
 */
final class PublishedWeekdays {

	/** The days in week order (MON…SUN) and whether public holidays are included. */
	record Days(List<String> weekdays, boolean holidays) {

		static final Days NONE = new Days(List.of(), false);

	}

	private static final String DAYS = "月火水木金土日";

	private static final String[] CODES = { "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN" };

	private static final String RANGE = "~〜-ー‐−";

	private static final String SEPARATORS = ";,、・ /";

	private PublishedWeekdays() {
	}

	/**
	 * @throws IllegalArgumentException naming the text it could not read
	 */
	static Days parse(String cell) {
		if (cell == null || cell.isBlank()) {
			return Days.NONE;
		}
		String text = cell.replace("曜日", "")
			.replace("曜", "")
			.replace("祝日", "祝")
			.replace("平日", "月~金")
			.replace("毎日", "月~日")
			.replace("全日", "月~日");
		TreeSet<Integer> days = new TreeSet<>();
		boolean holidays = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int day = DAYS.indexOf(c);
			if (day >= 0) {
				if (i + 2 < text.length() && RANGE.indexOf(text.charAt(i + 1)) >= 0
						&& DAYS.indexOf(text.charAt(i + 2)) >= 0) {
					int last = DAYS.indexOf(text.charAt(i + 2));
					for (int d = day;; d = (d + 1) % 7) {
						days.add(d);
						if (d == last) {
							break;
						}
					}
					i += 2;
				}
				else {
					days.add(day);
				}
			}
			else if (c == '祝') {
				holidays = true;
			}
			else if (SEPARATORS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
				throw new IllegalArgumentException(
						"曜日 " + cell + " is not a weekday list such as 月～金 or 月・水・金" + " (曜日が読み取れません)");
			}
		}
		List<String> codes = new ArrayList<>();
		days.forEach(day -> codes.add(CODES[day]));
		return new Days(List.copyOf(codes), holidays);
	}

}
