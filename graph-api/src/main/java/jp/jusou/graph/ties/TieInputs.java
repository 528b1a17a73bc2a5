package jp.jusou.graph.ties;

import java.time.LocalDate;

/** The inputs of the tie mutations, as the schema defines them. */
final class TieInputs {

	private TieInputs() {
	}

	record RecordTieInput(String personId, TieKind kind, WatcherRole watcherRole, String watcherName,
			String watcherPersonId, Boolean watcherAgreesToBeNamed, TieFrequency frequency, LocalDate since,
			String note) {
	}

	record ConfirmTieInput(String tieId, LocalDate date) {
	}

	record EndTieInput(String tieId, LocalDate date, String reason) {
	}

}
