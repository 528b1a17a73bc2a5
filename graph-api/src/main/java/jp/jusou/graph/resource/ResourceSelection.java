package jp.jusou.graph.resource;

import java.util.Map;

import jp.jusou.graph.request.SelectedFields;

/**
 * How much of each resource and activity a {@code resourcesNear} request asks for: a list
 * that shows names reads their listing (id, names, kind; an activity's schedule and
 * times), and only a request for more reads each whole
 * ({@code fragments/projection.cypher}, sections {@code resource-as-asked} and
 * {@code activity-as-asked}).
 *
 * @param resourceWhole the request asks for a resource's address, phone, location, note
 * or offers
 * @param activityWhole the request asks for an activity's target ages, capacity, offers
 * or description
 */
record ResourceSelection(boolean resourceWhole, boolean activityWhole) {

	static ResourceSelection of(SelectedFields selection) {
		return new ResourceSelection(
				selection.containsAnyOf("resource/address", "resource/phone", "resource/location", "resource/note",
						"resource/offers"),
				selection.containsAnyOf("activities/targetAgeMin", "activities/targetAgeMax", "activities/capacity",
						"activities/offers", "activities/description"));
	}

	/** The named queries' parameters. */
	Map<String, Object> parameters() {
		return Map.of("resourceWhole", resourceWhole, "activityWhole", activityWhole);
	}

}
