package jp.jusou.graph.support;

import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The input rules every mutation shares. Each check throws
 * {@link InvalidArgumentException} naming the argument and the rule, so a client learns
 * which field to fix; none of them touches the graph.
 */
public final class Validate {

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

	private Validate() {
	}

	/** A non-blank id of at most 200 characters. */
	public static String id(String argument, String value) {
		text(argument, value, 200);
		return value.strip();
	}

	/** Non-blank text of at most {@code max} characters. */
	public static String text(String argument, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidArgumentException(argument, "required", "must not be empty (入力してください)");
		}
		return optionalText(argument, value, max);
	}

	/** Text of at most {@code max} characters, or null. */
	public static String optionalText(String argument, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidArgumentException(argument, "length",
					"at most " + max + " characters (" + max + "文字以内で入力してください)");
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	public static <T extends Collection<?>> T notEmpty(String argument, T values) {
		if (values == null || values.isEmpty()) {
			throw new InvalidArgumentException(argument, "not-empty", "give at least one (1つ以上指定してください)");
		}
		return values;
	}

	public static LocalDate notInFuture(String argument, LocalDate date, LocalDate today) {
		required(argument, date);
		if (date.isAfter(today)) {
			throw new InvalidArgumentException(argument, "not-in-future",
					"must not be after today, " + today + " (未来の日付は記録できません)");
		}
		return date;
	}

	public static LocalDate notInPast(String argument, LocalDate date, LocalDate today) {
		required(argument, date);
		if (date.isBefore(today)) {
			throw new InvalidArgumentException(argument, "not-in-past",
					"must not be before today, " + today + " (今日以降の日付を指定してください)");
		}
		return date;
	}

	public static int range(String argument, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			throw new InvalidArgumentException(argument, "range",
					"must be between " + min + " and " + max + " (" + min + "〜" + max + "の範囲で指定してください)");
		}
		return value;
	}

	/** A time of day, HH:mm. */
	public static String time(String argument, String value) {
		if (value == null || !TIME.matcher(value).matches()) {
			throw new InvalidArgumentException(argument, "time-HH:mm",
					"must be a time of day as HH:mm, e.g. 10:00 (時刻は HH:mm 形式で指定してください)");
		}
		return value;
	}

	public static <T> T required(String argument, T value) {
		if (value == null) {
			throw new InvalidArgumentException(argument, "required", "must be given (指定してください)");
		}
		return value;
	}

	public static GeoPoint point(String argument, Double latitude, Double longitude) {
		if (latitude == null || longitude == null || latitude < -90 || latitude > 90 || longitude < -180
				|| longitude > 180) {
			throw new InvalidArgumentException(argument, "wgs84",
					"latitude -90..90 and longitude -180..180 (緯度・経度の範囲外です)");
		}
		return new GeoPoint(latitude, longitude, false);
	}

}
