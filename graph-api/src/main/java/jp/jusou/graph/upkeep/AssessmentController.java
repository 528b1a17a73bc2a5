package jp.jusou.graph.upkeep;

import jp.jusou.graph.household.Household;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.upkeep.AssessmentInputs.RecordAssessmentInput;
import jp.jusou.graph.upkeep.AssessmentService.HouseholdAssessments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recordAssessment} and {@code Household.assessments}. */
@Controller
record AssessmentController(AssessmentService assessments) {

	record AssessmentPayload(Assessment assessment) {
	}

	@MutationMapping
	@Requires(personLevel = true)
	AssessmentPayload recordAssessment(@Argument RecordAssessmentInput input, AccessSubject subject) {
		return new AssessmentPayload(assessments.record(subject, input));
	}

	@SchemaMapping(typeName = "Household")
	HouseholdAssessments assessments(Household household, AccessSubject subject) {
		return assessments.assessments(subject, household);
	}

}
