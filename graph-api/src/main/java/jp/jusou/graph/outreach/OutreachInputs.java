package jp.jusou.graph.outreach;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.support.GeoPointInput;

/** The inputs of the outreach mutations, as the schema defines them. */
final class OutreachInputs {

	private OutreachInputs() {
	}

	record RecordSignalInput(String householdId, String address, GeoPointInput location, String areaId,
			SignalSource source, LocalDate date, String note) {
	}

	record RecordVisitInput(String householdId, LocalDate date, VisitOutcome outcome, VisitPurpose purpose,
			List<String> metPersonIds, LocalDate nextVisitOn, String note) {
	}

}
