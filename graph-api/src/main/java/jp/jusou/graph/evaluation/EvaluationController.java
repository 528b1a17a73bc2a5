package jp.jusou.graph.evaluation;

import jp.jusou.graph.evaluation.Evaluation.Business;
import jp.jusou.graph.evaluation.Evaluation.Target;
import jp.jusou.graph.evaluation.EvaluationEntries.EnterEvaluationActualInput;
import jp.jusou.graph.evaluation.EvaluationEntries.EnterEvaluationNarrativeInput;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The yearly evaluation: read by COORDINATOR and DASHBOARD, completed by hand by
 * COORDINATOR.
 */
@Controller
record EvaluationController(EvaluationService evaluations, EvaluationEntries entries) {

	@QueryMapping
	@Requires(anyRole = { Role.DASHBOARD, Role.COORDINATOR })
	Evaluation evaluation(@Argument int fiscalYear, AccessSubject subject) {
		return evaluations.of(fiscalYear);
	}

	@MutationMapping
	@Requires(anyRole = Role.COORDINATOR)
	Target enterEvaluationActual(@Argument EnterEvaluationActualInput input, AccessSubject subject) {
		return entries.enterActual(subject, input);
	}

	@MutationMapping
	@Requires(anyRole = Role.COORDINATOR)
	Business enterEvaluationNarrative(@Argument EnterEvaluationNarrativeInput input, AccessSubject subject) {
		return entries.enterNarrative(subject, input);
	}

}
