package jp.jusou.graph.upkeep;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.household.HouseholdPattern;

/**
 * One change to a household as recorded (the schema's {@code HouseholdChange}): a member
 * added or gone, a move, the patterns re-assessed.
 *
 * @param personId the member added or gone; null for changes to the whole household
 * @param reason why the member left; null for other changes
 * @param patterns the patterns after a re-assessment; empty for other changes
 */
public record HouseholdChange(String id, String householdId, HouseholdChangeKind kind, LocalDate date, String personId,
		LeavingReason reason, List<HouseholdPattern> patterns, String note) {

	public String kindLabel() {
		return kind.label();
	}

	public String reasonLabel() {
		return reason == null ? null : reason.label();
	}
}
