package jp.jusou.graph.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;

/** A resource, its distance from the search centre, and its activities. */
public record ResourceNearby(Resource resource, double distanceMeters, List<Activity> activities) {

	/**
	 * Activities in the order they are shown: by start time (none last), then id. Sorted
	 * here rather than in the query: an ORDER BY inside the query's COLLECT sorts once
	 * per resource, ~600 times in a 2 km answer at 1,000,000 persons (~1.2 ms of the
	 * database's CPU a request).
	 */
	static final Comparator<Activity> SHOWN_ORDER = Comparator
		.comparing(Activity::startTime, Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparing(Activity::id);

	static ResourceNearby from(Value resource, Value distance, Value activities) {
		List<Activity> shown = activities.asList(Activity::from);
		if (shown.size() > 1) {
			shown = new ArrayList<>(shown);
			shown.sort(SHOWN_ORDER);
		}
		return new ResourceNearby(Resource.from(resource), Distances.toDecimetre(distance.asDouble()), shown);
	}
}
