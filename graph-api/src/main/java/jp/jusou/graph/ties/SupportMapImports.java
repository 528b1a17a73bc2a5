package jp.jusou.graph.ties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.ties.SupportMapFile.DrawnLine;
import jp.jusou.graph.ties.SupportMapImportInputs.ImportSupportMapInput;
import jp.jusou.graph.ties.SupportMapImportInputs.SupportMapFileInput;
import jp.jusou.graph.ties.SupportMapImportInputs.SupportMapLineDecision;
import jp.jusou.graph.ties.SupportMapImportResult.SupportMapLine;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * Brings in what a resident 作成会 drew on its 支えあいマップ (001; graph-model.md "Ties", the
 * import): each line of the file is matched within the map's area against the residents
 * the user has an identity basis for — the same basis {@link Ties} records a tie on — and
 * either checked (nothing written) or imported with the reviewer's decisions in one
 * transaction. A resident the user has no basis for is never a candidate, and a line
 * naming one reads as a line naming nobody in the graph.
 */
@Service
class SupportMapImports {

	private final NamedQueries graph;

	private final AccessPolicy policy;

	private final AccessFacts accessFacts;

	private final KeptFacts keptFacts;

	private final Clock clock;

	SupportMapImports(NamedQueries graph, AccessPolicy policy, AccessFacts accessFacts, KeptFacts keptFacts,
			Clock clock) {
		this.graph = graph;
		this.policy = policy;
		this.accessFacts = accessFacts;
		this.keptFacts = keptFacts;
		this.clock = clock;
	}

	SupportMapImportResult preview(AccessSubject subject, SupportMapFileInput file) {
		return check(subject, file, "input.", Map.of()).result(null);
	}

	SupportMapImportResult importMap(AccessSubject subject, ImportSupportMapInput input) {
		Validate.required("input.file", input.file());
		Check check = check(subject, input.file(), "input.file.", decisions(input.decisions()));
		String importId = "drawing-" + UUID.randomUUID();
		List<Map<String, Object>> ties = new ArrayList<>();
		List<String> confirmations = new ArrayList<>();
		List<String> watched = new ArrayList<>();
		List<SupportMapLine> lines = new ArrayList<>();
		for (int i = 0; i < check.lines.size(); i++) {
			SupportMapLine line = check.lines.get(i);
			DrawnLine drawn = check.drawn.get(i);
			if (line.status() == SupportMapLineStatus.READY) {
				String tieId = "tie-" + UUID.randomUUID();
				Map<String, Object> tie = new HashMap<>();
				tie.put("tieId", tieId);
				tie.put("personId", line.personId());
				tie.put("kind", drawn.kind().name());
				tie.put("frequency", drawn.frequency().name());
				tie.put("watcherRole", drawn.role().name());
				tie.put("watcherName", line.watcherPersonId() == null ? drawn.watcher() : null);
				tie.put("watcherPersonId", line.watcherPersonId());
				tie.put("watcherMayBeNamed", drawn.watcherAgreed());
				tie.put("since", drawn.since());
				tie.put("note", drawn.note());
				ties.add(tie);
				watched.add(line.personId());
				lines.add(with(line, SupportMapLineStatus.RECORDED, tieId));
			}
			else if (line.status() == SupportMapLineStatus.ALREADY_RECORDED) {
				confirmations.add(line.tieId());
				lines.add(with(line, SupportMapLineStatus.CONFIRMED, line.tieId()));
			}
			else {
				lines.add(line);
			}
		}
		int skipped = (int) lines.stream().filter(SupportMapImports::skipped).count();
		graph.query("support-map-import-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "areaId", check.area.id(), "importId", importId,
					"drawnBy", check.drawnBy, "drawnOn", check.drawnOn, "fileName", check.fileName, "linesRead",
					lines.size(), "skipped", skipped, "ties", ties, "confirmations", confirmations))
			.run();
		if (!watched.isEmpty()) {
			keptFacts.afterWrite(watched, Set.of());
		}
		return new Check(check.area, check.drawnOn, check.drawnBy, check.fileName, check.drawn, lines).result(importId);
	}

	private static SupportMapLine with(SupportMapLine line, SupportMapLineStatus status, String tieId) {
		return new SupportMapLine(line.line(), line.name(), line.address(), line.watcher(), line.kind(),
				line.watcherRole(), line.frequency(), line.since(), line.candidates(), line.personId(),
				line.watcherCandidates(), line.watcherPersonId(), status, line.problems(), tieId);
	}

	private static boolean skipped(SupportMapLine line) {
		return switch (line.status()) {
			case NO_MATCH, INVALID, SKIPPED -> true;
			default -> false;
		};
	}

	/** The file's lines matched and decided; what a check shows and an import writes. */
	private record Check(Area area, LocalDate drawnOn, String drawnBy, String fileName, List<DrawnLine> drawn,
			List<SupportMapLine> lines) {

		SupportMapImportResult result(String importId) {
			Map<SupportMapLineStatus, Integer> counts = new LinkedHashMap<>();
			lines.forEach(line -> counts.merge(line.status(), 1, Integer::sum));
			int recorded = counts.getOrDefault(SupportMapLineStatus.READY, 0)
					+ counts.getOrDefault(SupportMapLineStatus.RECORDED, 0);
			int confirmed = counts.getOrDefault(SupportMapLineStatus.ALREADY_RECORDED, 0)
					+ counts.getOrDefault(SupportMapLineStatus.CONFIRMED, 0);
			int needDecision = counts.getOrDefault(SupportMapLineStatus.NEEDS_DECISION, 0);
			return new SupportMapImportResult(importId, area, drawnOn, drawnBy, lines.size(), recorded, confirmed,
					needDecision, lines.size() - recorded - confirmed - needDecision, lines);
		}
	}

	private Check check(AccessSubject subject, SupportMapFileInput file, String prefix,
			Map<Integer, SupportMapMatching.Decision> decisions) {
		Validate.required(prefix.substring(0, prefix.length() - 1), file);
		String areaId = Validate.id(prefix + "areaId", file.areaId());
		LocalDate today = LocalDate.now(clock);
		LocalDate drawnOn = Validate.notInFuture(prefix + "drawnOn", file.drawnOn(), today);
		String drawnBy = Validate.text(prefix + "drawnBy", file.drawnBy(), 100);
		String fileName = Validate.optionalText(prefix + "fileName", file.fileName(), 200);
		List<DrawnLine> drawn = SupportMapFile.read(prefix + "csv", file.csv(), drawnOn, today);
		Set<Integer> lineNumbers = new TreeSet<>(drawn.stream().map(DrawnLine::line).toList());
		decisions.forEach((line, decision) -> {
			if (!lineNumbers.contains(line)) {
				throw new InvalidArgumentException("input.decisions[" + decision.index() + "].line",
						"a-line-of-the-file", "the file has no line " + line + " (ファイルに" + line + "行目がありません)");
			}
		});
		Record row = graph.single("support-map-import-people", Map.of("staffId", subject.staffId(), "areaId", areaId))
			.orElseThrow(() -> new NotFoundException(prefix + "areaId", "area", areaId));
		SupportMapMatching matching = new SupportMapMatching(policy, accessFacts, subject, row, drawnOn);
		List<SupportMapLine> lines = new ArrayList<>();
		Set<String> drawnTies = new TreeSet<>();
		for (DrawnLine line : drawn) {
			lines.add(matching.line(line, decisions.get(line.line()), drawnTies));
		}
		matching.audit();
		return new Check(Area.from(row.get("area")), drawnOn, drawnBy, fileName, drawn, List.copyOf(lines));
	}

	private static Map<Integer, SupportMapMatching.Decision> decisions(List<SupportMapLineDecision> decisions) {
		Map<Integer, SupportMapMatching.Decision> byLine = new HashMap<>();
		if (decisions == null) {
			return byLine;
		}
		for (int i = 0; i < decisions.size(); i++) {
			SupportMapLineDecision decision = decisions.get(i);
			Integer line = Validate.required("input.decisions[" + i + "].line", decision.line());
			if (byLine.put(line, new SupportMapMatching.Decision(i, decision)) != null) {
				throw new InvalidArgumentException("input.decisions[" + i + "].line", "once-per-line",
						"line " + line + " is decided twice (" + line + "行目の確認結果が重複しています)");
			}
		}
		return byLine;
	}

}
