package jp.jusou.graph.outreach;

import java.util.List;

import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.household.Member;

/**
 * A resident who may be isolated; {@code person} is null unless the user has a basis. The
 * person id is kept for the audit log only and is not part of the schema.
 */
public record IsolatedResident(String personId, String householdId, Area area, String ageBand, double distanceMeters,
		List<IsolationReason> reasons, Member person, Withheld identityWithheld) {

	public List<String> reasonLabels() {
		return reasons.stream().map(IsolationReason::label).toList();
	}
}
