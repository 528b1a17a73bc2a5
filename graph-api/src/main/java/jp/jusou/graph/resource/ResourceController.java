package jp.jusou.graph.resource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.SelectedFields;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.QueryLimits;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.support.Weekday;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code resourcesNear}. */
@Controller
record ResourceController(ResourceService resources, QueryLimits limits, Clock clock) {

	@SchemaMapping(typeName = "Activity")
	List<LocalDate> nextDates(Activity activity, @Argument Integer first) {
		int count = first == null ? 3 : Validate.range("first", first, 1, Schedule.MAX_OCCURRENCES);
		return activity.schedule().next(LocalDate.now(clock), count);
	}

	@QueryMapping
	List<ResourceNearby> resourcesNear(@Argument NearInput near, @Argument int radiusMeters,
			@Argument List<ResourceKind> kinds, @Argument Weekday weekday, AccessSubject subject,
			SelectedFields selection) {
		int radius = Arguments.radius("radiusMeters", radiusMeters, limits.maxRadiusMeters());
		boolean hasPoint = near.point() != null;
		boolean hasHousehold = near.householdId() != null;
		if (hasPoint == hasHousehold) {
			throw new InvalidArgumentException("near", "exactly-one",
					"give exactly one of point or householdId (point と householdId のどちらか一方を指定してください)");
		}
		if (hasPoint) {
			double latitude = Arguments.latitude("near.point.latitude", near.point().latitude());
			double longitude = Arguments.longitude("near.point.longitude", near.point().longitude());
			return resources.nearPoint(latitude, longitude, radius, kinds, weekday, ResourceSelection.of(selection));
		}
		subject.requirePersonLevelRead();
		return resources.nearHousehold(subject, Arguments.id("near.householdId", near.householdId()), radius, kinds,
				weekday, ResourceSelection.of(selection));
	}

}
