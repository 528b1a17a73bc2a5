package jp.jusou.graph.upkeep;

import jp.jusou.graph.support.Field;

/** What an assessment found in one field (分野ごとの所見). */
public record AssessmentFinding(Field field, String finding) {

	public String fieldLabel() {
		return field.label();
	}
}
