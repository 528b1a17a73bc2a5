package jp.jusou.graph.upkeep;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.casework.CaseworkInputs.NewPersonInput;
import jp.jusou.graph.household.HouseholdPattern;
import jp.jusou.graph.support.GeoPointInput;

/** The inputs of the household upkeep mutations, as the schema defines them. */
final class HouseholdUpkeepInputs {

	private HouseholdUpkeepInputs() {
	}

	record AddHouseholdMemberInput(String householdId, NewPersonInput member, LocalDate date, String note) {
	}

	record MemberLeavingInput(String householdId, String personId, LeavingReason reason, LocalDate date, String note) {
	}

	record MoveHouseholdInput(String householdId, String address, GeoPointInput location, String areaId, LocalDate date,
			String note) {
	}

	record MemberContactInput(String householdId, String personId, String phone, String contactNote, LocalDate date) {
	}

	record ReassessPatternsInput(String householdId, List<HouseholdPattern> patterns, LocalDate date, String note) {
	}

}
