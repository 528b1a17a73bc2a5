package jp.jusou.graph.evaluation;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One fiscal year's counts as evaluation.cypher returns them, by what they count: a key
 * (meeting kind, activity words, resource kind, pattern, route…) to a number.
 */
record YearCounts(Map<String, Long> meetings, Map<String, Long> casesReviewed,
		Map<String, Map<String, Long>> activities, Map<String, Map<String, Long>> resources, long visits,
		long householdsVisited, Map<String, Long> participation, Map<String, Long> closings,
		Map<String, Long> referralRoutes, Map<String, Long> patterns, Map<String, Long> knownThrough) {

	static YearCounts from(Record row) {
		Map<String, Long> closings = new HashMap<>();
		for (Value closing : row.get("closings").asList(value -> value)) {
			long n = closing.get("value").asLong();
			String decision = closing.get("decision").asString();
			closings.merge(decision, n, Long::sum);
			if ("CLOSE".equals(decision)) {
				closings.merge("CLOSE:" + closing.get("attainment").asString(), n, Long::sum);
			}
		}
		Value participation = row.get("participation");
		return new YearCounts(keyed(row.get("meetings")), keyed(row.get("casesReviewed")),
				nested(row.get("activities")), nested(row.get("resources")), row.get("visits").asLong(),
				row.get("householdsVisited").asLong(),
				participation.isNull() ? Map.of() : participation.asMap(Value::asLong), closings,
				keyed(row.get("referralRoutes")), keyed(row.get("patterns")), keyed(row.get("knownThrough")));
	}

	private static Map<String, Long> keyed(Value rows) {
		Map<String, Long> counts = new HashMap<>();
		rows.asList(value -> value)
			.forEach(row -> counts.merge(row.get("key").asString("?"), row.get("value").asLong(), Long::sum));
		return counts;
	}

	private static Map<String, Map<String, Long>> nested(Value rows) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		rows.asList(value -> value).forEach(row -> {
			Map<String, Long> figures = new HashMap<>();
			for (String key : row.keys()) {
				if (!"key".equals(key)) {
					figures.put(key, row.get(key).isNull() ? 0L : row.get(key).asLong());
				}
			}
			counts.put(row.get("key").asString(), figures);
		});
		return counts;
	}

	/** What {@code measure} counts within {@code key}; 0 when nothing was recorded. */
	long value(EvaluationMeasure measure, String key) {
		return switch (measure) {
			case MANUAL -> 0;
			case MEETINGS -> meetings.getOrDefault(key, 0L);
			case CASES_REVIEWED -> casesReviewed.getOrDefault(key, 0L);
			case SESSIONS -> activities.getOrDefault(key, Map.of()).getOrDefault("sessions", 0L);
			case ACTIVITY_GROUPS -> activities.getOrDefault(key, Map.of()).getOrDefault("groups", 0L);
			case RESOURCE_SESSIONS -> resources.getOrDefault(key, Map.of()).getOrDefault("sessions", 0L);
			case RESOURCE_ATTENDANCE -> resources.getOrDefault(key, Map.of()).getOrDefault("attendees", 0L);
			case RESOURCE_PARTICIPANTS -> resources.getOrDefault(key, Map.of()).getOrDefault("participants", 0L);
			case VISITS -> visits;
			case HOUSEHOLDS_VISITED -> householdsVisited;
			case PARTICIPATION_STARTED -> participation.getOrDefault("started", 0L);
		};
	}

}
