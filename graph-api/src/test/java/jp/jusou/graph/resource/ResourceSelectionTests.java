package jp.jusou.graph.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * resourcesNear reads each resource and activity as the selection asks: names alone read
 * id and name, a list with kinds and schedules reads the listing, a request for more
 * (also through a fragment) reads them whole — and the fields both ask for answer the
 * same, in the same order, either way.
 */
@GraphApiTest
class ResourceSelectionTests {

	static final String NEAR = "resourcesNear(near: {point: {latitude: 37.4930, longitude: 139.9320}}, radiusMeters: 3000)";

	static final String LISTING = """
			resource { id name nameKana kind kindLabel }
			distanceMeters
			activities { id name weekdays startTime endTime scheduleLabel rrule startDate nextDates }""";

	static final String WHOLE = """
			resource { id name nameKana kind kindLabel address phone location { latitude longitude approximate } note offers }
			distanceMeters
			activities { id name weekdays startTime endTime scheduleLabel rrule startDate nextDates
			             targetAgeMin targetAgeMax capacity offers description }""";

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Test
	void aListOfNamesAnswersAsTheWholeReadDoes() {
		List<Map<String, Object>> listing = near("{ " + NEAR + " { " + LISTING + " } }");
		List<Map<String, Object>> whole = near("{ " + NEAR + " { " + WHOLE + " } }");
		assertThat(listing).hasSizeGreaterThan(3).hasSameSizeAs(whole);
		assertThat(listing).isEqualTo(whole.stream().map(ResourceSelectionTests::onlyListing).toList());
	}

	@Test
	void namesAloneAnswerAsTheWholeReadDoesInTheSameOrder() {
		List<Map<String, Object>> names = near(
				"{ " + NEAR + " { resource { name } distanceMeters activities { name } } }");
		List<Map<String, Object>> whole = near("{ " + NEAR + " { " + WHOLE + " } }");
		assertThat(whole).as("a resource holding several activities, so their order is tested")
			.anySatisfy(nearby -> assertThat(activities(nearby)).hasSizeGreaterThan(1));
		assertThat(names).isEqualTo(whole.stream()
			.map(nearby -> Map.of("resource", only(resource(nearby), Set.of("name")), "distanceMeters",
					nearby.get("distanceMeters"), "activities",
					activities(nearby).stream().map(activity -> only(activity, Set.of("name"))).toList()))
			.toList());
	}

	@Test
	void aResourcesActivitiesComeByStartTimeWhateverOrderTheyWereWrittenIn() {
		Map<String, Object> made = Map.of("resource", "test-order-resource", "activities",
				List.of(Map.of("id", "test-order-b", "startTime", "13:00"), Map.of("id", "test-order-a"),
						Map.of("id", "test-order-c", "startTime", "09:00"),
						Map.of("id", "test-order-d", "startTime", "17:00")));
		graph
			.write("""
					CREATE (r:Resource {id: $resource, name: '並び順の確認', kind: 'OTHER',
					                    location: point({latitude: 35.0, longitude: 135.0})})
					WITH r UNWIND $activities AS a
					CREATE (:Activity {id: a.id, name: a.id, startTime: a.startTime, weekdays: ['MONDAY']})-[:HELD_AT]->(r)""",
					made);
		try {
			List<Map<String, Object>> names = near("""
					{ resourcesNear(near: {point: {latitude: 35.0, longitude: 135.0}}, radiusMeters: 100) {
					    activities { name } } }""");
			assertThat(names).singleElement()
				.satisfies(nearby -> assertThat(activities(nearby)).extracting(activity -> activity.get("name"))
					.containsExactly("test-order-c", "test-order-b", "test-order-d", "test-order-a"));
		}
		finally {
			graph.write("""
					MATCH (r:Resource {id: $resource})
					OPTIONAL MATCH (act:Activity)-[:HELD_AT]->(r)
					DETACH DELETE r, act""", made);
		}
	}

	@Test
	void aRequestForMoreReadsItWholeAlsoThroughAFragment() {
		List<Map<String, Object>> whole = near("{ " + NEAR + " { " + WHOLE + " } }");
		assertThat(whole).as("the demo city's resources have addresses and locations")
			.anySatisfy(nearby -> assertThat(resource(nearby)).extractingByKey("address").isNotNull())
			.allSatisfy(nearby -> assertThat(resource(nearby)).extractingByKey("location").isNotNull());
		assertThat(whole.stream().flatMap(nearby -> activities(nearby).stream()))
			.as("and their activities target ages or a description")
			.anySatisfy(activity -> assertThat(activity.get("targetAgeMin") != null
					|| activity.get("targetAgeMax") != null || activity.get("description") != null)
				.isTrue());
		List<Map<String, Object>> throughFragment = near("""
				{ %s { resource { id name ...Where } distanceMeters activities { id ...Who } } }
				fragment Where on Resource { address location { latitude longitude approximate } }
				fragment Who on Activity { targetAgeMin targetAgeMax description }""".formatted(NEAR));
		assertThat(throughFragment).isEqualTo(whole.stream()
			.map(nearby -> Map.of("resource", only(resource(nearby), Set.of("id", "name", "address", "location")),
					"distanceMeters", nearby.get("distanceMeters"), "activities",
					activities(nearby).stream()
						.map(activity -> only(activity, Set.of("id", "targetAgeMin", "targetAgeMax", "description")))
						.toList()))
			.toList());
	}

	private List<Map<String, Object>> near(String document) {
		return users.as("csw")
			.document(document)
			.execute()
			.path("resourcesNear")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	private static Map<String, Object> onlyListing(Map<String, Object> nearby) {
		return Map.of("resource", only(resource(nearby), Set.of("id", "name", "nameKana", "kind", "kindLabel")),
				"distanceMeters", nearby.get("distanceMeters"), "activities",
				activities(nearby).stream()
					.map(activity -> only(activity,
							Set.of("id", "name", "weekdays", "startTime", "endTime", "scheduleLabel", "rrule",
									"startDate", "nextDates")))
					.toList());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> resource(Map<String, Object> nearby) {
		return (Map<String, Object>) nearby.get("resource");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> activities(Map<String, Object> nearby) {
		return (List<Map<String, Object>>) nearby.get("activities");
	}

	private static Map<String, Object> only(Map<String, Object> fields, Set<String> names) {
		Map<String, Object> kept = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (names.contains(name)) {
				kept.put(name, value);
			}
		});
		return kept;
	}

}
