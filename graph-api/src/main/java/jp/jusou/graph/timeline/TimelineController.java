package jp.jusou.graph.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.jusou.graph.household.Household;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Household.timeline}: the household's 支援経過記録, paged. */
@Controller
record TimelineController(TimelineService timelines, QueryLimits limits) {

	@SchemaMapping(typeName = "Household")
	HouseholdTimeline timeline(Household household, @Argument Integer first, @Argument String after,
			@Argument List<TimelineKind> kinds, AccessSubject subject) {
		int pageSize = Arguments.pageSize("first", first == null ? 20 : first, limits.maxPageSize());
		String afterKey = Cursor.decode("after", TimelineService.CURSOR_KIND, after);
		Set<TimelineKind> wanted = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
		return timelines.timeline(subject, household, pageSize, afterKey, wanted);
	}

}
