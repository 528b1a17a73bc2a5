package jp.jusou.graph.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Weekday;

/**
 * An activity's recurrence, the subset of RFC 5545 RRULE that community activities use (as HSDS 3
 * schedules do): weekly on some weekdays ({@code FREQ=WEEKLY;BYDAY=MO,FR}), or monthly on the nth
 * weekday ({@code FREQ=MONTHLY;BYDAY=2WE,4WE}, {@code FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2}, -1 = last).
 *
 * @param rrule the rule, normalised (upper case, parts in a fixed order)
 * @param weekdays the weekdays it falls on, Monday first
 * @param ordinals for a monthly rule, which occurrence in the month (1–5, -1 for the last); empty for weekly
 */
public record Schedule(String rrule, List<Weekday> weekdays, List<Integer> ordinals) {

	private static final Pattern BYDAY_ITEM = Pattern.compile("([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");

	private static final Map<String, Weekday> DAYS = Map.of("MO", Weekday.MON, "TU", Weekday.TUE, "WE", Weekday.WED,
			"TH", Weekday.THU, "FR", Weekday.FRI, "SA", Weekday.SAT, "SU", Weekday.SUN);

	/** Parses and checks {@code rrule}; a rule outside the supported subset is an error on {@code argument}. */
	public static Schedule parse(String argument, String rrule) {
		if (rrule == null || rrule.isBlank() || rrule.length() > 200) {
			throw invalid(argument, "give a rule such as FREQ=WEEKLY;BYDAY=WE");
		}
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : rrule.strip().toUpperCase().replaceFirst("^RRULE:", "").split(";")) {
			String[] keyValue = part.split("=", 2);
			if (keyValue.length != 2 || parts.put(keyValue[0].strip(), keyValue[1].strip()) != null) {
				throw invalid(argument, "each part is KEY=VALUE, once: " + part);
			}
		}
		for (String key : parts.keySet()) {
			if (!List.of("FREQ", "BYDAY", "BYSETPOS", "INTERVAL").contains(key)) {
				throw invalid(argument, "unsupported part " + key + "; use FREQ, BYDAY, BYSETPOS");
			}
		}
		if (parts.containsKey("INTERVAL") && !"1".equals(parts.get("INTERVAL"))) {
			throw invalid(argument, "only INTERVAL=1 is supported");
		}
		String freq = parts.get("FREQ");
		if (!"WEEKLY".equals(freq) && !"MONTHLY".equals(freq)) {
			throw invalid(argument, "FREQ must be WEEKLY or MONTHLY");
		}
		String byDay = parts.get("BYDAY");
		if (byDay == null) {
			throw invalid(argument, "BYDAY is required, e.g. BYDAY=WE");
		}
		TreeSet<Weekday> weekdays = new TreeSet<>();
		TreeSet<Integer> ordinals = new TreeSet<>();
		for (String item : byDay.split(",")) {
			Matcher matcher = BYDAY_ITEM.matcher(item.strip());
			if (!matcher.matches()) {
				throw invalid(argument, "BYDAY item " + item + " is not a weekday such as WE or 2WE");
			}
			weekdays.add(DAYS.get(matcher.group(2)));
			if (matcher.group(1) != null) {
				ordinals.add(ordinal(argument, matcher.group(1)));
			}
		}
		if (parts.containsKey("BYSETPOS")) {
			if (!ordinals.isEmpty()) {
				throw invalid(argument, "use either 2WE or BYSETPOS=2, not both");
			}
			ordinals.add(ordinal(argument, parts.get("BYSETPOS")));
		}
		if ("WEEKLY".equals(freq) && !ordinals.isEmpty()) {
			throw invalid(argument, "a weekly rule has no ordinals; use FREQ=MONTHLY for 2WE");
		}
		if ("MONTHLY".equals(freq) && ordinals.isEmpty()) {
			throw invalid(argument, "a monthly rule names which weekday, e.g. BYDAY=2WE");
		}
		String normalised = "FREQ=" + freq + ";BYDAY="
				+ ("WEEKLY".equals(freq) ? weekdays.stream().map(Schedule::code).collect(Collectors.joining(","))
						: ordinals.stream()
							.flatMap(n -> weekdays.stream().map(day -> n + code(day)))
							.collect(Collectors.joining(",")));
		return new Schedule(normalised, List.copyOf(weekdays), List.copyOf(ordinals));
	}

	/** Reads a stored rule; a stored activity without one is weekly on its weekdays. */
	public static Schedule stored(String rrule, List<Weekday> weekdays) {
		if (rrule == null) {
			return new Schedule(null, weekdays, List.of());
		}
		return parse("rrule", rrule);
	}

	/** e.g. 毎週 月・金, 毎月 第2・第4 水曜, 毎月 最終 水曜 */
	public String label() {
		String days = weekdays.stream().map(Weekday::label).collect(Collectors.joining("・"));
		if (ordinals.isEmpty()) {
			return "毎週 " + days;
		}
		List<String> which = new ArrayList<>();
		ordinals.forEach(n -> which.add(n == -1 ? "最終" : "第" + n));
		return "毎月 " + String.join("・", which) + " " + days + "曜";
	}

	private static int ordinal(String argument, String value) {
		int n = Integer.parseInt(value.replace("+", ""));
		if (n == 0 || n < -1 || n > 5) {
			throw invalid(argument, "the week of the month is 1–5 or -1 (last)");
		}
		return n;
	}

	private static String code(Weekday day) {
		return day.name().substring(0, 2);
	}

	private static InvalidArgumentException invalid(String argument, String detail) {
		return new InvalidArgumentException(argument, "rrule",
				detail + " (開催ルールは FREQ=WEEKLY;BYDAY=WE や FREQ=MONTHLY;BYDAY=2WE の形式で指定してください)");
	}
}
