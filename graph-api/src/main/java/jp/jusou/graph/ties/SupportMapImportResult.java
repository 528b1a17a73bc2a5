package jp.jusou.graph.ties;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.ties.SupportMapFile.Problem;

/** A 支えあいマップ file as checked or imported, as the schema's SupportMapImport. */
record SupportMapImportResult(String id, Area area, LocalDate drawnOn, String drawnBy, int linesRead, int recorded,
		int confirmed, int needDecision, int skipped, List<SupportMapLine> lines) {

	/** One line with its match and status, as the schema's SupportMapLine. */
	record SupportMapLine(int line, String name, String address, String watcher, TieKind kind, WatcherRole watcherRole,
			TieFrequency frequency, LocalDate since, List<SupportMapCandidate> candidates, String personId,
			List<SupportMapCandidate> watcherCandidates, String watcherPersonId, SupportMapLineStatus status,
			List<Problem> problems, String tieId) {
	}

	/** A resident who may be the one a line names. */
	record SupportMapCandidate(String personId, String name, String householdId, String address, String ageBand,
			List<String> matchedOn) {
	}

}
