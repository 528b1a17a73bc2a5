package jp.jusou.graph.resource;

import java.util.List;
import java.util.stream.Collectors;

import jp.jusou.graph.support.Weekday;
import org.neo4j.driver.Value;

/** An activity held weekly at a resource (活動・居場所の開催). */
public record Activity(String id, String name, List<Weekday> weekdays, String startTime, String endTime,
		Integer targetAgeMin, Integer targetAgeMax) {

	/** Reads the activity map the named queries return. */
	public static Activity from(Value map) {
		return new Activity(map.get("id").asString(), map.get("name").asString(),
				map.get("weekdays").asList(value -> Weekday.valueOf(value.asString()), List.of()),
				map.get("startTime").asString(null), map.get("endTime").asString(null),
				map.get("targetAgeMin").isNull() ? null : map.get("targetAgeMin").asInt(),
				map.get("targetAgeMax").isNull() ? null : map.get("targetAgeMax").asInt());
	}

	/** e.g. 毎週 月・金 13:30–15:30 */
	public String scheduleLabel() {
		String days = weekdays.stream().map(Weekday::label).collect(Collectors.joining("・"));
		String time = startTime == null ? "" : " " + startTime + (endTime == null ? "" : "–" + endTime);
		return "毎週 " + days + time;
	}
}
