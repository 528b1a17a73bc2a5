package jp.jusou.graph.resource;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activity's schedule through the API (today is 2026-11-23, a Monday): the next dates
 * come from its rule — 第2水曜 and 第4月曜 are two days a month, 隔週 follows its first date —
 * and an every-other-week rule without a first date is refused naming startDate.
 */
@GraphApiTest
class ActivityScheduleTests {

	static final String CREATE = GraphQlDocuments.named("resource/create");

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Test
	void nextDatesComeFromTheRule() {
		Map<String, Object> monthly = create(Map.of("resourceId", "res-hub-touei", "name", "ふれあい食堂（試験）", "rrule",
				"FREQ=MONTHLY;BYDAY=2WE,4MO", "startTime", "11:00", "endTime", "13:00"));
		Map<String, Object> everyOtherWeek = create(
				Map.of("resourceId", "res-hub-touei", "name", "隔週サロン（試験）", "rrule", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
						"startDate", "2026-11-17", "startTime", "13:30", "endTime", "15:00"));
		try {
			assertThat(monthly).containsEntry("scheduleLabel", "毎月 第4 月曜・第2 水曜 11:00–13:00")
				.containsEntry("nextDates", List.of("2026-11-23", "2026-12-09", "2026-12-28"));
			assertThat(everyOtherWeek).containsEntry("scheduleLabel", "隔週 火 13:30–15:00")
				.containsEntry("startDate", "2026-11-17")
				.containsEntry("nextDates", List.of("2026-12-01", "2026-12-15", "2026-12-29"));
		}
		finally {
			graph.write("MATCH (act:Activity) WHERE act.id IN $ids DETACH DELETE act",
					Map.of("ids", List.of(monthly.get("id"), everyOtherWeek.get("id"))));
		}
	}

	@Test
	void everyOtherWeekWithoutItsFirstDateNamesStartDate() {
		var errors = users.as("coordinator")
			.document(CREATE)
			.variable("input",
					Map.of("resourceId", "res-hub-touei", "name", "x", "rrule", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
							"startTime", "10:00", "endTime", "11:00"))
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")
				.containsEntry("argument", "input.startDate"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> create(Map<String, Object> input) {
		return users.as("coordinator")
			.document(CREATE)
			.variable("input", input)
			.execute()
			.path("createActivity")
			.entity(Map.class)
			.get();
	}

}
