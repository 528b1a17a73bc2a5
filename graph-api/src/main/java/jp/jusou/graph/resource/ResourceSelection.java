package jp.jusou.graph.resource;

import java.util.Map;

import jp.jusou.graph.request.SelectedFields;

/**
 * How much of each resource and activity a {@code resourcesNear} request asks for, so
 * that a list that shows names reads no more than it shows
 * ({@code fragments/projection.cypher}, sections {@code resource-as-asked} and
 * {@code activity-as-asked}). At 1,000,000 persons a 2 km answer holds ~600 resources;
 * each activity read whole when only its name is asked cost the database a quarter more
 * (docs/benchmark.md, eighth round).
 *
 * @param resourceAsked {@code whole} when the request asks for a resource's address,
 * phone, location, note or offers; {@code listing} (id, names, kind) when its kana or
 * kind; else {@code name} (id and name)
 * @param activityAsked {@code whole} when the request asks for an activity's target ages,
 * capacity, offers or description; {@code schedule} (id, name, schedule and times) when
 * anything its schedule gives; else {@code name}
 */
record ResourceSelection(String resourceAsked, String activityAsked) {

	static ResourceSelection of(SelectedFields selection) {
		String resource = selection.containsAnyOf("resource/address", "resource/phone", "resource/location",
				"resource/note", "resource/offers") ? "whole"
						: selection.containsAnyOf("resource/nameKana", "resource/kind", "resource/kindLabel")
								? "listing" : "name";
		String activity = selection.containsAnyOf("activities/targetAgeMin", "activities/targetAgeMax",
				"activities/capacity", "activities/offers", "activities/description")
						? "whole"
						: selection.containsAnyOf("activities/weekdays", "activities/startTime", "activities/endTime",
								"activities/scheduleLabel", "activities/rrule", "activities/startDate",
								"activities/nextDates") ? "schedule" : "name";
		return new ResourceSelection(resource, activity);
	}

	/** The named queries' parameters. */
	Map<String, Object> parameters() {
		return Map.of("resourceAsked", resourceAsked, "activityAsked", activityAsked);
	}

}
