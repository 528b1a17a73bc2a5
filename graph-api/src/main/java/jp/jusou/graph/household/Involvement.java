package jp.jusou.graph.household;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.Labelled;

/**
 * One visible link between an agency and a household; {@code field} is its first category
 * (a case about several fields carries them all in {@code categories}).
 */
public record Involvement(InvolvementKind kind, Field field, List<Field> categories, String reference, LocalDate since,
		LocalDate until, String status, String detail, String memberId, Basis basis) {

	/** How an agency is linked to a household, with the label users read. */
	public enum InvolvementKind implements Labelled {

		CASE, PLAN_ROLE, MEETING, VISIT;

	}

	public String kindLabel() {
		return kind.label();
	}

	public String fieldLabel() {
		return field.label();
	}
}
