package jp.jusou.graph.upkeep;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.household.Household;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.Idempotency;
import jp.jusou.graph.upkeep.AssessmentService.HouseholdAssessments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recordAssessment} and {@code Household.assessments}. */
@Controller
class AssessmentController {

	record AssessmentFindingInput(Field field, String finding) {
	}

	record RecordAssessmentInput(String householdId, LocalDate date, List<AssessmentFindingInput> findings,
			String summary) {
	}

	record AssessmentPayload(Assessment assessment) {
	}

	private final AssessmentService assessments;

	private final Idempotency idempotency;

	AssessmentController(AssessmentService assessments, Idempotency idempotency) {
		this.assessments = assessments;
		this.idempotency = idempotency;
	}

	@MutationMapping
	AssessmentPayload recordAssessment(@Argument RecordAssessmentInput input, Principal principal,
			GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context)
			.requirePersonLevelRead("Mutation.recordAssessment");
		return idempotency.once(context, subject, "Mutation.recordAssessment", AssessmentPayload.class,
				() -> new AssessmentPayload(assessments.record(subject, input)));
	}

	@SchemaMapping(typeName = "Household")
	HouseholdAssessments assessments(Household household, Principal principal, GraphQLContext context) {
		return assessments.assessments(AccessSubject.from(principal, context), household);
	}

}
