package jp.jusou.graph.resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Weekday;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRule.Part;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * An activity's recurrence as an RFC 5545 RRULE, read and expanded by lib-recur: weekly
 * on some weekdays ({@code FREQ=WEEKLY;BYDAY=MO,FR}), every other week (隔週,
 * {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TU}, which needs the first date to know which
 * weeks), or monthly on given weekdays of the month — each item its own
 * ({@code FREQ=MONTHLY;BYDAY=2WE,4MO} is the 2nd Wednesday and the 4th Monday, two days a
 * month; {@code BYDAY=WE;BYSETPOS=2}; -1 for the last), optionally {@code UNTIL}. The
 * next dates come from the rule.
 *
 * @param rrule the rule as lib-recur writes it; null for a stored activity that only has
 * weekdays
 * @param weekdays the weekdays it falls on, Monday first
 * @param startDate the first date it may be held (開始日), null when not given
 * @param endDate the last date it may be held (終了日: an event's, or the rule's UNTIL),
 * null when open
 */
public record Schedule(String rrule, List<Weekday> weekdays, LocalDate startDate, LocalDate endDate) {

	/**
	 * The parts activities use; anything else (COUNT, BYMONTHDAY, BYHOUR, …) is refused
	 * by name. (A method, not a constant: lib-recur's Part must not be initialised before
	 * its RecurrenceRule.)
	 */
	private static Set<Part> supported() {
		return EnumSet.of(Part.FREQ, Part.INTERVAL, Part.BYDAY, Part.BYSETPOS, Part.UNTIL, Part.WKST);
	}

	private static final int MAX_INTERVAL = 12;

	/** No schedule is expanded further than this many occurrences, whatever is asked. */
	public static final int MAX_OCCURRENCES = 12;

	/**
	 * Parses and checks {@code rrule} (with the activity's first date, needed for
	 * INTERVAL above 1); a rule outside what activities use is an error on
	 * {@code argument}.
	 */
	public static Schedule parse(String argument, String rrule, LocalDate startDate) {
		RecurrenceRule rule = rule(argument, rrule);
		if (rule.getFreq() != Freq.WEEKLY && rule.getFreq() != Freq.MONTHLY) {
			throw invalid(argument, "FREQ must be WEEKLY or MONTHLY");
		}
		Set<Part> supported = supported();
		for (Part part : Part.values()) {
			if (!part.name().startsWith("_") && rule.hasPart(part) && !supported.contains(part)) {
				throw invalid(argument, "unsupported part " + part + (part == Part.COUNT ? "; use UNTIL" : "")
						+ "; use FREQ, INTERVAL, BYDAY, BYSETPOS, UNTIL");
			}
		}
		if (rule.getInterval() < 1 || rule.getInterval() > MAX_INTERVAL) {
			throw invalid(argument, "INTERVAL is 1–" + MAX_INTERVAL);
		}
		if (rule.getInterval() > 1 && startDate == null) {
			throw new InvalidArgumentException("input.startDate", "required-with-interval",
					"an activity every " + rule.getInterval() + " weeks or months needs its first date, startDate, to"
							+ " know which ones (隔週・隔月の活動は初回の日付 startDate を指定してください)");
		}
		List<RecurrenceRule.WeekdayNum> byDay = rule.getByDayPart();
		if (byDay == null || byDay.isEmpty()) {
			throw invalid(argument, "BYDAY is required, e.g. BYDAY=WE");
		}
		boolean ordinals = byDay.stream().anyMatch(day -> day.pos != 0);
		List<Integer> setPositions = rule.hasPart(Part.BYSETPOS) ? rule.getByPart(Part.BYSETPOS) : List.of();
		if (rule.getFreq() == Freq.WEEKLY && (ordinals || !setPositions.isEmpty())) {
			throw invalid(argument, "a weekly rule has no week of the month; use FREQ=MONTHLY for 2WE");
		}
		if (rule.getFreq() == Freq.MONTHLY) {
			if (ordinals && !setPositions.isEmpty()) {
				throw invalid(argument, "use either 2WE or BYSETPOS=2, not both");
			}
			if (!ordinals && setPositions.isEmpty()) {
				throw invalid(argument, "a monthly rule names which weekday of the month, e.g. BYDAY=2WE");
			}
			if (!setPositions.isEmpty() && byDay.size() > 1) {
				throw invalid(argument, "BYSETPOS with one weekday only; write BYDAY=2WE,4MO for several");
			}
			for (int position : ordinals ? byDay.stream().map(day -> day.pos).toList() : setPositions) {
				if (position == 0 || position < -1 || position > 5) {
					throw invalid(argument, "the week of the month is 1–5 or -1 (last)");
				}
			}
		}
		TreeSet<Weekday> weekdays = new TreeSet<>();
		byDay.forEach(day -> weekdays.add(weekday(day.weekday)));
		LocalDate until = rule.getUntil() == null ? null : LocalDate.of(rule.getUntil().getYear(),
				rule.getUntil().getMonth() + 1, rule.getUntil().getDayOfMonth());
		return new Schedule(rule.toString(), List.copyOf(weekdays), startDate, until);
	}

	/**
	 * Reads a stored activity: its rule when it has one, else weekly on its weekdays
	 * (open data).
	 */
	public static Schedule stored(String rrule, List<Weekday> weekdays, LocalDate startDate, LocalDate endDate) {
		if (rrule == null) {
			return new Schedule(null, weekdays, startDate, endDate);
		}
		Schedule parsed = parse("rrule", rrule, startDate);
		return new Schedule(parsed.rrule(), parsed.weekdays(), startDate, endDate != null ? endDate : parsed.endDate());
	}

	/**
	 * The next dates it is held on {@code from} or after (at most {@code count}, at most
	 * {@value #MAX_OCCURRENCES}), within its start and end dates.
	 */
	public List<LocalDate> next(LocalDate from, int count) {
		if (weekdays.isEmpty() || count <= 0) {
			return List.of();
		}
		RecurrenceRule rule = rrule != null ? rule("rrule", rrule) : rule("rrule",
				"FREQ=WEEKLY;BYDAY=" + weekdays.stream().map(Schedule::code).collect(Collectors.joining(",")));
		LocalDate anchor = startDate != null ? startDate
				: rule.getFreq() == Freq.MONTHLY ? from.withDayOfMonth(1) : from;
		RecurrenceRuleIterator occurrences = rule
			.iterator(new DateTime(anchor.getYear(), anchor.getMonthValue() - 1, anchor.getDayOfMonth()));
		List<LocalDate> dates = new ArrayList<>();
		int limit = Math.min(count, MAX_OCCURRENCES);
		// at most a few years of a monthly rule are looked at, so a rule that never
		// reaches `from` ends
		for (int looked = 0; dates.size() < limit && occurrences.hasNext() && looked < 1_000; looked++) {
			DateTime next = occurrences.nextDateTime();
			LocalDate date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
			if (endDate != null && date.isAfter(endDate)) {
				break;
			}
			if (!date.isBefore(from)) {
				dates.add(date);
			}
		}
		return List.copyOf(dates);
	}

	/** e.g. 毎週 月・金, 隔週 火, 毎月 第2・第4 水曜, 毎月 第2 水曜・第4 月曜, 毎月 最終 土曜 */
	public String label() {
		String days = weekdays.stream().map(Weekday::label).collect(Collectors.joining("・"));
		if (rrule == null) {
			return "毎週 " + days;
		}
		RecurrenceRule rule = rule("rrule", rrule);
		int interval = rule.getInterval();
		if (rule.getFreq() == Freq.WEEKLY) {
			return (interval == 1 ? "毎週" : interval == 2 ? "隔週" : interval + "週ごと") + " " + days;
		}
		Map<Weekday, TreeSet<Integer>> ordinals = new TreeMap<>();
		List<Integer> setPositions = rule.hasPart(Part.BYSETPOS) ? rule.getByPart(Part.BYSETPOS) : List.of();
		for (RecurrenceRule.WeekdayNum day : rule.getByDayPart()) {
			ordinals.computeIfAbsent(weekday(day.weekday), key -> new TreeSet<>(Schedule::ordinalOrder))
				.addAll(day.pos != 0 ? List.of(day.pos) : setPositions);
		}
		Map<String, List<String>> byOrdinals = new LinkedHashMap<>();
		ordinals.forEach(
				(day, which) -> byOrdinals
					.computeIfAbsent(which.stream().map(n -> n == -1 ? "最終" : "第" + n).collect(Collectors.joining("・")),
							key -> new ArrayList<>())
					.add(day.label()));
		String when = byOrdinals.entrySet()
			.stream()
			.map(entry -> entry.getKey() + " " + String.join("・", entry.getValue()) + "曜")
			.collect(Collectors.joining("・"));
		return (interval == 1 ? "毎月" : interval == 2 ? "隔月" : interval + "か月ごと") + " " + when;
	}

	/** 1, 2, … 5, then -1 (the last). */
	private static int ordinalOrder(Integer a, Integer b) {
		return Integer.compare(a < 0 ? 10 - a : a, b < 0 ? 10 - b : b);
	}

	private static RecurrenceRule rule(String argument, String rrule) {
		if (rrule == null || rrule.isBlank() || rrule.length() > 200) {
			throw invalid(argument, "give a rule such as FREQ=WEEKLY;BYDAY=WE");
		}
		String text = rrule.strip().toUpperCase().replaceFirst("^RRULE:", "");
		Set<String> keys = new HashSet<>();
		for (String part : text.split(";")) {
			if (!keys.add(part.split("=", 2)[0].strip())) {
				throw invalid(argument, "each part is KEY=VALUE, once: " + part);
			}
		}
		try {
			return new RecurrenceRule(text, RecurrenceRule.RfcMode.RFC5545_STRICT);
		}
		catch (InvalidRecurrenceRuleException | IllegalArgumentException ex) {
			throw invalid(argument, "not an RFC 5545 rule: " + ex.getMessage());
		}
	}

	private static Weekday weekday(org.dmfs.rfc5545.Weekday day) {
		return switch (day) {
			case MO -> Weekday.MON;
			case TU -> Weekday.TUE;
			case WE -> Weekday.WED;
			case TH -> Weekday.THU;
			case FR -> Weekday.FRI;
			case SA -> Weekday.SAT;
			case SU -> Weekday.SUN;
		};
	}

	private static String code(Weekday day) {
		return day.name().substring(0, 2);
	}

	private static InvalidArgumentException invalid(String argument, String detail) {
		return new InvalidArgumentException(argument, "rrule",
				detail + " (開催ルールは FREQ=WEEKLY;BYDAY=WE や FREQ=MONTHLY;BYDAY=2WE の形式で指定してください)");
	}
}
