package jp.jusou.graph.evacuation;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.support.GeoPoint;

/** The shapes of the 避難行動要支援者名簿 as the schema gives them. */
final class Roster {

	private Roster() {
	}

	/** A declared disaster. */
	record Disaster(String id, String name, LocalDate from, LocalDate to, boolean inForce) {
	}

	/** One person on the roster. */
	record RosterEntry(String id, String personId, String name, String ageBand, String address, GeoPoint location,
			Area area, String needs, RosterConsent sharingConsent, LocalDate since, List<String> supporters) {
	}

	/** The roster as one user received it. */
	record EvacuationRoster(RosterBasis basis, Disaster disaster, String secrecyNotice, List<RosterEntry> entries,
			int withheld) {
	}

	record RegisterEvacuationNeedInput(String personId, RosterConsent sharingConsent, String needs, LocalDate since) {
	}

	record DeclareDisasterInput(String name, LocalDate from) {
	}

	record EndDisasterInput(String disasterId, LocalDate to) {
	}

}
