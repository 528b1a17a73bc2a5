package jp.jusou.graph.outreach;

import java.time.LocalDate;

import jp.jusou.graph.support.GeoPointInput;

/** The inputs of the outreach mutations, as the schema defines them. */
final class OutreachInputs {

	private OutreachInputs() {
	}

	/** Where a signal came from (気づきの情報源). */
	enum SignalSource {

		WELFARE_COMMISSIONER, NEIGHBOUR, LIFELINE, KAYOI_NO_BA, LINE, MEETING, OTHER

	}

	/** Outcome of a visit. */
	enum VisitOutcome {

		MET, NOT_MET, LETTER_LEFT, REFUSED

	}

	record RecordSignalInput(String householdId, String address, GeoPointInput location, String areaId,
			SignalSource source, LocalDate date, String note) {
	}

	record RecordVisitInput(String householdId, LocalDate date, VisitOutcome outcome, String note) {
	}

}
