package jp.jusou.graph.plan;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.support.Idempotency;
import jp.jusou.graph.access.Role;
import jp.jusou.graph.plan.PlanInputs.CreatePlanInput;
import jp.jusou.graph.plan.PlanInputs.RecordMeetingInput;
import jp.jusou.graph.plan.PlanInputs.RevisePlanInput;
import jp.jusou.graph.plan.PlanService.MeetingResult;
import jp.jusou.graph.plan.PlanService.PlanDue;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code createPlan}, {@code revisePlan}, {@code recordMeeting},
 * {@code plansDueForReview}.
 */
@Controller
class PlanController {

	/** The schema's {@code PlanPayload}. */
	record PlanPayload(SupportPlan plan) {
	}

	private final PlanService plans;

	private final Idempotency idempotency;

	PlanController(PlanService plans, Idempotency idempotency) {
		this.plans = plans;
		this.idempotency = idempotency;
	}

	@MutationMapping
	PlanPayload createPlan(@Argument CreatePlanInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = coordinator(principal, context, "Mutation.createPlan");
		return idempotency.once(context, subject, "Mutation.createPlan", PlanPayload.class,
				() -> new PlanPayload(plans.create(subject, input)));
	}

	@MutationMapping
	PlanPayload revisePlan(@Argument RevisePlanInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = coordinator(principal, context, "Mutation.revisePlan");
		return idempotency.once(context, subject, "Mutation.revisePlan", PlanPayload.class,
				() -> new PlanPayload(plans.revise(subject, input)));
	}

	@MutationMapping
	MeetingResult recordMeeting(@Argument RecordMeetingInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.recordMeeting");
		boolean coordination = (input.kind() != null && input.kind().convenedByCoordination())
				|| (input.alsoHeldAs() != null
						&& input.alsoHeldAs().stream().anyMatch(kind -> kind != null && kind.convenedByCoordination()));
		if (coordination) {
			subject.requireAnyRole(Set.of(Role.COORDINATOR), "Mutation.recordMeeting");
		}
		return idempotency.once(context, subject, "Mutation.recordMeeting", MeetingResult.class,
				() -> plans.recordMeeting(subject, input));
	}

	@QueryMapping
	List<PlanDue> plansDueForReview(Principal principal, GraphQLContext context) {
		return plans.due(AccessSubject.from(principal, context).requirePersonLevelRead("plansDueForReview"));
	}

	private static AccessSubject coordinator(Principal principal, GraphQLContext context, String field) {
		return AccessSubject.from(principal, context)
			.requirePersonLevelRead(field)
			.requireAnyRole(Set.of(Role.COORDINATOR), field);
	}

}
