package jp.jusou.graph.resource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import jp.jusou.graph.support.Need;
import jp.jusou.graph.support.Weekday;
import org.neo4j.driver.Value;

/** An activity held at a resource on a weekly or monthly schedule (活動・居場所の開催). */
public record Activity(String id, String name, Schedule schedule, String startTime, String endTime,
		Integer targetAgeMin, Integer targetAgeMax, Integer capacity, List<Need> offers, String description) {

	/** Reads the activity map the named queries return. */
	public static Activity from(Value map) {
		List<Weekday> weekdays = map.get("weekdays").asList(value -> Weekday.valueOf(value.asString()), List.of());
		return new Activity(map.get("id").asString(), map.get("name").asString(),
				Schedule.stored(map.get("rrule").asString(null), weekdays, date(map.get("startDate")),
						date(map.get("endDate"))),
				map.get("startTime").asString(null), map.get("endTime").asString(null),
				integer(map.get("targetAgeMin")), integer(map.get("targetAgeMax")), integer(map.get("capacity")),
				map.get("offers")
					.asList(value -> Need.orNull(value.asString()), List.of())
					.stream()
					.filter(Objects::nonNull)
					.toList(),
				map.get("description").asString(null));
	}

	/**
	 * A stored date: a Neo4j date, or the ISO text open data brings (other text: unknown,
	 * null).
	 */
	private static LocalDate date(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!"STRING".equals(value.type().name())) {
			return value.asLocalDate();
		}
		try {
			return LocalDate.parse(value.asString().replace('/', '-'));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	public List<Weekday> weekdays() {
		return schedule.weekdays();
	}

	public String rrule() {
		return schedule.rrule();
	}

	public LocalDate startDate() {
		return schedule.startDate();
	}

	/** e.g. 毎週 月・金 13:30–15:30, 毎月 第2 水曜 10:00–12:00 */
	public String scheduleLabel() {
		String time = startTime == null ? "" : " " + startTime + (endTime == null ? "" : "–" + endTime);
		return schedule.label() + time;
	}

	/** Whether a person of {@code age} is in the target ages. */
	public boolean fitsAge(int age) {
		return (targetAgeMin == null || age >= targetAgeMin) && (targetAgeMax == null || age <= targetAgeMax);
	}
}
