package jp.jusou.graph.plan;

import java.util.List;

import jp.jusou.graph.plan.PlanInputs.CreatePlanInput;
import jp.jusou.graph.plan.PlanInputs.RevisePlanInput;
import jp.jusou.graph.plan.PlanService.PlanDue;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code createPlan}, {@code revisePlan}, {@code recordMeeting},
 * {@code plansDueForReview}.
 */
@Controller
record PlanController(PlanService plans) {

	/** The schema's {@code PlanPayload}. */
	record PlanPayload(SupportPlan plan) {
	}

	@MutationMapping
	@Requires(personLevel = true, anyRole = Role.COORDINATOR)
	PlanPayload createPlan(@Argument CreatePlanInput input, AccessSubject subject) {
		return new PlanPayload(plans.create(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true, anyRole = Role.COORDINATOR)
	PlanPayload revisePlan(@Argument RevisePlanInput input, AccessSubject subject) {
		return new PlanPayload(plans.revise(subject, input));
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<PlanDue> plansDueForReview(AccessSubject subject) {
		return plans.due(subject);
	}

}
