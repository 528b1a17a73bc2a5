package jp.jusou.graph.household;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code household}, {@code households}, and a household's members and agencies, batched.
 */
@Controller
class HouseholdController {

	private final HouseholdService households;

	private final QueryLimits limits;

	HouseholdController(HouseholdService households, QueryLimits limits) {
		this.households = households;
		this.limits = limits;
	}

	@QueryMapping
	Household household(@Argument String id, Principal principal, GraphQLContext context,
			DataFetchingFieldSelectionSet selection) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("household");
		return households.byId(subject, Arguments.id("id", id), wanted(selection, ""));
	}

	/**
	 * Which of the household's fields under {@code path} the request selected, read with
	 * the household itself.
	 */
	private static HouseholdDetails.Wanted wanted(DataFetchingFieldSelectionSet selection, String path) {
		return new HouseholdDetails.Wanted(selection.contains(path + "members"), selection.contains(path + "agencies"));
	}

	@QueryMapping
	HouseholdPage households(@Argument Integer first, @Argument String after, @Argument HouseholdFilter filter,
			Principal principal, GraphQLContext context, DataFetchingFieldSelectionSet selection) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("households");
		int pageSize = Arguments.pageSize("first", first == null ? 20 : first, limits.maxPageSize());
		String afterId = Cursor.decode("after", HouseholdService.CURSOR_KIND, after);
		if (filter != null && filter.areaId() != null) {
			Arguments.id("filter.areaId", filter.areaId());
		}
		return households.page(subject, pageSize, afterId, filter, wanted(selection, "edges/node/"));
	}

	@BatchMapping
	Map<Household, List<Member>> members(List<Household> sources, Principal principal, GraphQLContext context) {
		return households.members(AccessSubject.from(principal, context), sources);
	}

	@BatchMapping
	Map<Household, HouseholdAgencies> agencies(List<Household> sources, Principal principal, GraphQLContext context) {
		return households.agencies(AccessSubject.from(principal, context), sources);
	}

}
