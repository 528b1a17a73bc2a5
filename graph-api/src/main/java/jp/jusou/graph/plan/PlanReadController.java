package jp.jusou.graph.plan;

import java.security.Principal;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.household.Household;
import jp.jusou.graph.plan.MeetingReads.HouseholdMeetings;
import jp.jusou.graph.plan.PlanReads.HouseholdPlans;
import jp.jusou.graph.support.Arguments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code plan(id)}, {@code Household.plans}, {@code meeting(id)},
 * {@code Household.meetings}: read back.
 */
@Controller
class PlanReadController {

	private final PlanReads plans;

	private final MeetingReads meetings;

	PlanReadController(PlanReads plans, MeetingReads meetings) {
		this.plans = plans;
		this.meetings = meetings;
	}

	@QueryMapping
	SupportPlan plan(@Argument String id, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("plan");
		return plans.plan(subject, Arguments.id("id", id));
	}

	@SchemaMapping(typeName = "Household")
	HouseholdPlans plans(Household household, Principal principal, GraphQLContext context) {
		return plans.plans(AccessSubject.from(principal, context), household.id(), household.access());
	}

	@QueryMapping
	MeetingRecord meeting(@Argument String id, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("meeting");
		return meetings.meeting(subject, Arguments.id("id", id));
	}

	@SchemaMapping(typeName = "Household")
	HouseholdMeetings meetings(Household household, Principal principal, GraphQLContext context) {
		return meetings.meetings(AccessSubject.from(principal, context), household.id(), household.access());
	}

}
