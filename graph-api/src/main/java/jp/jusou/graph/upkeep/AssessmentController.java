package jp.jusou.graph.upkeep;

import jp.jusou.graph.household.Household;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Idempotency;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.upkeep.AssessmentInputs.RecordAssessmentInput;
import jp.jusou.graph.upkeep.AssessmentService.HouseholdAssessments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recordAssessment} and {@code Household.assessments}. */
@Controller
class AssessmentController {

	record AssessmentPayload(Assessment assessment) {
	}

	private final AssessmentService assessments;

	private final Idempotency idempotency;

	AssessmentController(AssessmentService assessments, Idempotency idempotency) {
		this.assessments = assessments;
		this.idempotency = idempotency;
	}

	@MutationMapping
	@Requires(personLevel = true)
	AssessmentPayload recordAssessment(@Argument RecordAssessmentInput input, AccessSubject subject) {
		return idempotency.once(subject, AssessmentPayload.class,
				() -> new AssessmentPayload(assessments.record(subject, input)));
	}

	@SchemaMapping(typeName = "Household")
	HouseholdAssessments assessments(Household household, AccessSubject subject) {
		return assessments.assessments(subject, household);
	}

}
