package jp.jusou.graph.participation;

import java.util.List;

import jp.jusou.graph.resource.Activity;
import jp.jusou.graph.resource.Resource;

/** One activity suggested for a person, with its fit and the reasons. */
public record ParticipationSuggestion(Activity activity, Resource resource, double distanceMeters, int score,
		List<String> reasons, Integer freePlaces) {
}
