package jp.jusou.graph.resource;

import java.util.List;

import org.neo4j.driver.Value;

/** A resource, its distance from the search centre, and its activities. */
public record ResourceNearby(Resource resource, double distanceMeters, List<Activity> activities) {

	static ResourceNearby from(Value resource, Value distance, Value activities) {
		return new ResourceNearby(Resource.from(resource), Distances.toDecimetre(distance.asDouble()),
				activities.asList(Activity::from));
	}
}
