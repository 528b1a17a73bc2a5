package jp.jusou.graph.household;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.SelectedFields;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code household}, {@code households}, and a household's members and agencies, batched.
 */
@Controller
record HouseholdController(HouseholdService households, HouseholdFields fields, QueryLimits limits) {

	@QueryMapping
	@Requires(personLevel = true)
	Household household(@Argument String id, AccessSubject subject, SelectedFields selection) {
		return households.byId(subject, Arguments.id("id", id), wanted(selection, ""));
	}

	/**
	 * Which of the household's fields under {@code path} the request selected, read with
	 * the household itself.
	 */
	private static HouseholdDetails.Wanted wanted(SelectedFields selection, String path) {
		return new HouseholdDetails.Wanted(selection.contains(path + "members"), selection.contains(path + "agencies"));
	}

	@QueryMapping
	@Requires(personLevel = true)
	HouseholdPage households(@Argument Integer first, @Argument String after, @Argument HouseholdFilter filter,
			AccessSubject subject, SelectedFields selection) {
		int pageSize = Arguments.pageSize("first", first == null ? 20 : first, limits.maxPageSize());
		String afterId = Cursor.decode("after", HouseholdService.CURSOR_KIND, after);
		if (filter != null && filter.areaId() != null) {
			Arguments.id("filter.areaId", filter.areaId());
		}
		return households.page(subject, pageSize, afterId, filter, wanted(selection, "edges/node/"));
	}

	@BatchMapping
	Map<Household, List<Member>> members(List<Household> sources,
			@ContextValue(name = AccessSubject.CONTEXT_KEY) AccessSubject subject) {
		return fields.members(subject, sources);
	}

	@BatchMapping
	Map<Household, HouseholdAgencies> agencies(List<Household> sources,
			@ContextValue(name = AccessSubject.CONTEXT_KEY) AccessSubject subject) {
		return fields.agencies(subject, sources);
	}

}
