package jp.jusou.graph.household;

import jp.jusou.graph.support.Labelled;
import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.support.Field;

/**
 * One visible link between an agency and a household; {@code field} is its first category
 * (a case about several fields carries them all in {@code categories}).
 */
public record Involvement(InvolvementKind kind, Field field, List<Field> categories, String reference, LocalDate since,
		LocalDate until, String status, String detail, String memberId, Basis basis) {

	/** How an agency is linked to a household, with the label users read. */
	public enum InvolvementKind implements Labelled {

		CASE("相談・支援ケース"), PLAN_ROLE("支援プランの役割分担"), MEETING("会議"), VISIT("訪問");

		private final String label;

		InvolvementKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public String kindLabel() {
		return kind.label();
	}

	public String fieldLabel() {
		return field.label();
	}
}
