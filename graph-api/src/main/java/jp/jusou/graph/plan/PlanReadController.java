package jp.jusou.graph.plan;

import jp.jusou.graph.household.Household;
import jp.jusou.graph.plan.PlanReads.HouseholdPlans;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.support.Arguments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code plan(id)} and {@code Household.plans}: read back. */
@Controller
record PlanReadController(PlanReads plans) {

	@QueryMapping
	@Requires(personLevel = true)
	SupportPlan plan(@Argument String id, AccessSubject subject) {
		return plans.plan(subject, Arguments.id("id", id));
	}

	@SchemaMapping(typeName = "Household")
	HouseholdPlans plans(Household household, AccessSubject subject) {
		return plans.plans(subject, household.id(), household.access());
	}

}
