package jp.jusou.graph.evaluation;

import java.util.UUID;

import jp.jusou.graph.evaluation.Evaluation.Business;
import jp.jusou.graph.evaluation.Evaluation.Target;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;

import org.springframework.stereotype.Service;

/**
 * What the 推進会議's report needs that the record cannot count: the actual of a target
 * entered by hand, and the 現状と課題 of each 事業, each with who entered it and when; the
 * newest counts, the older stay.
 */
@Service
class EvaluationEntries {

	/** What the input types of the two mutations hold. */
	record EnterEvaluationActualInput(String targetId, Integer fiscalYear, Integer value, String note) {
	}

	record EnterEvaluationNarrativeInput(SupportBusiness business, Integer fiscalYear, String text) {
	}

	private final NamedQueries graph;

	private final EvaluationService evaluations;

	EvaluationEntries(NamedQueries graph, EvaluationService evaluations) {
		this.graph = graph;
		this.evaluations = evaluations;
	}

	Target enterActual(AccessSubject subject, EnterEvaluationActualInput input) {
		String targetId = Validate.id("input.targetId", input.targetId());
		evaluations.manualTarget("input.targetId", targetId);
		int fiscalYear = Validate.required("input.fiscalYear", input.fiscalYear());
		EvaluationService.checkYear("input.fiscalYear", fiscalYear);
		int value = Validate.range("input.value", input.value(), 0, 1_000_000);
		String note = Validate.optionalText("input.note", input.note(), 500);
		graph.query("evaluation-enter-actual")
			.bindAll(Parameters.of("staffId", subject.staffId(), "entryId", "evaluation-" + UUID.randomUUID(),
					"targetId", targetId, "fiscalYear", fiscalYear, "value", value, "note", note))
			.run();
		return evaluations.of(fiscalYear)
			.businesses()
			.stream()
			.flatMap(business -> business.targets().stream())
			.filter(target -> target.id().equals(targetId))
			.findFirst()
			.orElseThrow();
	}

	Business enterNarrative(AccessSubject subject, EnterEvaluationNarrativeInput input) {
		SupportBusiness business = Validate.required("input.business", input.business());
		int fiscalYear = Validate.required("input.fiscalYear", input.fiscalYear());
		EvaluationService.checkYear("input.fiscalYear", fiscalYear);
		String text = Validate.text("input.text", input.text(), 4000);
		graph.query("evaluation-enter-narrative")
			.bindAll(Parameters.of("staffId", subject.staffId(), "narrativeId", "narrative-" + UUID.randomUUID(),
					"business", business.name(), "fiscalYear", fiscalYear, "text", text))
			.run();
		return evaluations.of(fiscalYear)
			.businesses()
			.stream()
			.filter(candidate -> candidate.business() == business)
			.findFirst()
			.orElseThrow();
	}

}
