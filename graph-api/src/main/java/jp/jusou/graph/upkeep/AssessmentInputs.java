package jp.jusou.graph.upkeep;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.support.Field;

/** The inputs of {@code recordAssessment}, as the schema defines them. */
final class AssessmentInputs {

	private AssessmentInputs() {
	}

	/** One finding: a field of life and what was found there. */
	record AssessmentFindingInput(Field field, String finding) {
	}

	/** The schema's {@code RecordAssessmentInput}. */
	record RecordAssessmentInput(String householdId, LocalDate date, List<AssessmentFindingInput> findings,
			String summary) {
	}

}
