package jp.jusou.graph.ties;

import java.time.LocalDate;
import java.util.List;

/** The inputs of the 支えあいマップ import, as the schema defines them. */
final class SupportMapImportInputs {

	private SupportMapImportInputs() {
	}

	record SupportMapFileInput(String areaId, String csv, LocalDate drawnOn, String drawnBy, String fileName) {
	}

	record ImportSupportMapInput(SupportMapFileInput file, List<SupportMapLineDecision> decisions) {
	}

	record SupportMapLineDecision(Integer line, String personId, String watcherPersonId, Boolean skip) {
	}

}
