package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.household.HouseholdPattern;
import jp.jusou.graph.identification.PersonAsTold;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.GeoPointInput;

/** The inputs of the casework mutations, as the schema defines them. */
public final class CaseworkInputs {

	private CaseworkInputs() {
	}

	record RecordConsultationInput(String personId, PersonAsTold asTold, NewHouseholdInput newHousehold, LocalDate date,
			List<Field> fields, List<ConsultationTopic> topics, ConsultationChannel channel, ConsultedBy consultedBy,
			String sessionId, String summary) {
	}

	/**
	 * What the person in front of the window said of themselves: name or kana, and birth
	 * year.
	 */
	record PersonAsToldInput(String name, String nameKana, Integer birthYear) {
	}

	record NewHouseholdInput(String areaId, String address, GeoPointInput location, List<HouseholdPattern> patterns,
			NewPersonInput consultee, List<NewPersonInput> others, Boolean confirmNew) {
	}

	public record NewPersonInput(String name, String nameKana, Integer birthYear, String relation, Boolean dependant,
			String phone, String contactNote) {
	}

	record ReferToCoordinationInput(String caseId, String coordinatorAgencyId, String reason, LocalDate date) {
	}

	record ReturnToAgencyInput(String caseId, String agencyId, String reason, LocalDate date) {
	}

	record ReferInput(String caseId, String toAgencyId, String reason, LocalDate date) {
	}

	record CaseChangeInput(String caseId, LocalDate date, String reason) {
	}

}
