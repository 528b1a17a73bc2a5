package jp.jusou.graph.ties;

import java.time.LocalDate;

import jp.jusou.graph.access.Withheld;

/** A tie between a person and someone who watches over them, as the schema's Tie. */
public record Tie(String id, String personId, TieKind kind, TieFrequency frequency, Watcher watcher, LocalDate since,
		LocalDate lastConfirmedOn, LocalDate endedOn, String endReason, String note, String recordedByAgency,
		SupportMapSource fromSupportMap) {

	/** The watcher: their role always, their name only as graph-model.md "Ties" says. */
	public record Watcher(WatcherRole role, String name, Withheld nameWithheld) {
	}

	/** The 支えあいマップ a tie was imported from. */
	public record SupportMapSource(String importId, String drawnBy, LocalDate drawnOn) {
	}

	/** The ties of a household's members the user may see. */
	public record HouseholdTies(String householdId, java.util.List<Tie> ties, Withheld withheld) {
	}

	public boolean inForce() {
		return endedOn == null;
	}

}
