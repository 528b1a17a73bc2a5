package jp.jusou.graph.ties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessFacts.PersonStanding;
import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.identification.PersonName;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.AgeBand;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.ties.SupportMapFile.DrawnLine;
import jp.jusou.graph.ties.SupportMapFile.Problem;
import jp.jusou.graph.ties.SupportMapImportInputs.ImportSupportMapInput;
import jp.jusou.graph.ties.SupportMapImportInputs.SupportMapFileInput;
import jp.jusou.graph.ties.SupportMapImportInputs.SupportMapLineDecision;
import jp.jusou.graph.ties.SupportMapImportResult.SupportMapCandidate;
import jp.jusou.graph.ties.SupportMapImportResult.SupportMapLine;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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
			Map<Integer, Indexed> decisions) {
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
		Matching matching = new Matching(subject, row, drawnOn);
		List<SupportMapLine> lines = new ArrayList<>();
		Set<String> drawnTies = new TreeSet<>();
		for (DrawnLine line : drawn) {
			lines.add(matching.line(line, decisions.get(line.line()), drawnTies));
		}
		matching.audit();
		return new Check(Area.from(row.get("area")), drawnOn, drawnBy, fileName, drawn, List.copyOf(lines));
	}

	/** A decision with its place in the input, to name it in a refusal. */
	private record Indexed(int index, SupportMapLineDecision decision) {
	}

	private static Map<Integer, Indexed> decisions(List<SupportMapLineDecision> decisions) {
		Map<Integer, Indexed> byLine = new HashMap<>();
		if (decisions == null) {
			return byLine;
		}
		for (int i = 0; i < decisions.size(); i++) {
			SupportMapLineDecision decision = decisions.get(i);
			Integer line = Validate.required("input.decisions[" + i + "].line", decision.line());
			if (byLine.put(line, new Indexed(i, decision)) != null) {
				throw new InvalidArgumentException("input.decisions[" + i + "].line", "once-per-line",
						"line " + line + " is decided twice (" + line + "行目の確認結果が重複しています)");
			}
		}
		return byLine;
	}

	/** A resident of the area as the matching sees them. */
	private record Resident(String id, String name, String kana, int birthYear, String householdId, String address,
			Value access, Value ties) {
	}

	/**
	 * One check's matching: the area's residents, and what the check showed, for its
	 * audit.
	 */
	private final class Matching {

		private final AccessSubject subject;

		private final LocalDate drawnOn;

		/** Each resident's identity basis, decided when a line names them. */
		private final Map<String, Optional<Basis>> identities = new HashMap<>();

		private final Map<String, Resident> byId = new HashMap<>();

		/**
		 * The residents by their name and by their kana, normalised once (PersonName).
		 */
		private final Map<String, List<Resident>> byName = new HashMap<>();

		private final Map<String, List<Resident>> byKana = new HashMap<>();

		private final Set<String> households = new TreeSet<>();

		private final Set<String> shown = new TreeSet<>();

		private final Set<String> bases = new TreeSet<>();

		private final Set<String> withheld = new TreeSet<>();

		Matching(AccessSubject subject, Record row, LocalDate drawnOn) {
			this.subject = subject;
			this.drawnOn = drawnOn;
			for (Value resident : row.get("residents").asList(value -> value)) {
				Value person = resident.get("person");
				String id = person.get("id").asString();
				Resident known = new Resident(id, person.get("name").asString(null),
						person.get("nameKana").asString(null), person.get("birthYear").asInt(0),
						resident.get("householdId").asString(), resident.get("address").asString(null),
						resident.get("access"), resident.get("ties"));
				byId.put(id, known);
				index(byName, known.name(), known);
				index(byKana, known.kana(), known);
			}
		}

		SupportMapLine line(DrawnLine line, Indexed decision, Set<String> drawnTies) {
			List<SupportMapCandidate> candidates = line.name() == null ? List.of()
					: candidates(line.name(), line.kana(), line.address(), line.age(), null);
			boolean skip = decision != null && Boolean.TRUE.equals(decision.decision().skip());
			String personId = decision != null && decision.decision().personId() != null
					? decided(decision, "personId", decision.decision().personId()) : chosen(candidates);
			List<SupportMapCandidate> watcherCandidates = line.watcher() == null ? List.of()
					: candidates(line.watcher(), null, line.watcherAddress(), null, personId);
			String watcherPersonId = decision != null && decision.decision().watcherPersonId() != null
					? watcher(decision, personId) : chosenWatcher(watcherCandidates);
			SupportMapLineStatus status;
			String tieId = null;
			List<Problem> problems = new ArrayList<>(line.problems());
			if (!line.problems().isEmpty()) {
				status = SupportMapLineStatus.INVALID;
			}
			else if (skip) {
				status = SupportMapLineStatus.SKIPPED;
			}
			else if (personId == null) {
				status = candidates.isEmpty() ? SupportMapLineStatus.NO_MATCH : SupportMapLineStatus.NEEDS_DECISION;
			}
			else {
				String key = personId + "|" + line.kind() + "|"
						+ (watcherPersonId != null ? watcherPersonId : PersonName.normalise(line.watcher()));
				Optional<Value> recorded = recorded(personId, line.kind(), watcherPersonId, line.watcher());
				if (!drawnTies.add(key)) {
					status = SupportMapLineStatus.SKIPPED;
					problems.add(new Problem(SupportMapFile.WATCHER, "同じつながりが前の行にあります"));
				}
				else if (recorded.isEmpty()) {
					status = SupportMapLineStatus.READY;
				}
				else if (recorded.get().get("since").asLocalDate().isAfter(drawnOn)) {
					status = SupportMapLineStatus.SKIPPED;
					problems.add(new Problem(SupportMapFile.SINCE, "記録済みのつながりの開始日が作成日より後のため、確認日を更新しません"));
				}
				else {
					status = SupportMapLineStatus.ALREADY_RECORDED;
					tieId = recorded.get().get("id").asString();
				}
			}
			return new SupportMapLine(line.line(), line.name(), line.address(), line.watcher(), line.kind(),
					line.role(), line.frequency(), line.since(), candidates, personId, watcherCandidates,
					watcherPersonId, status, List.copyOf(problems), tieId);
		}

		private Optional<Basis> basisOf(Resident resident) {
			return identities.computeIfAbsent(resident.id(),
					id -> policy.identity(HouseholdAccess.from(resident.access()), id, subject));
		}

		private static void index(Map<String, List<Resident>> index, String words, Resident resident) {
			String key = PersonName.normalise(words);
			if (!key.isEmpty()) {
				index.computeIfAbsent(key, unused -> new ArrayList<>()).add(resident);
			}
		}

		/**
		 * The residents whose name matches as PersonName.matches says: the name told as
		 * their name or kana, or the kana told as their kana — looked up, not scanned.
		 */
		private Set<Resident> named(String name, String kana) {
			String told = PersonName.normalise(name);
			String toldKana = PersonName.normalise(kana);
			Set<Resident> found = new LinkedHashSet<>();
			if (!told.isEmpty()) {
				found.addAll(byName.getOrDefault(told, List.of()));
				found.addAll(byKana.getOrDefault(told, List.of()));
			}
			if (!toldKana.isEmpty()) {
				found.addAll(byKana.getOrDefault(toldKana, List.of()));
			}
			return found;
		}

		/** The residents the user may know whose name matches, best first. */
		private List<SupportMapCandidate> candidates(String name, String kana, String address, Integer age,
				String besides) {
			List<SupportMapCandidate> found = new ArrayList<>();
			for (Resident resident : named(name, kana)) {
				if (resident.id().equals(besides)) {
					continue;
				}
				if (basisOf(resident).isEmpty()) {
					withheld.add(resident.id());
					continue;
				}
				List<String> matchedOn = new ArrayList<>(List.of("NAME"));
				if (SupportMapAddress.matches(address, resident.address())) {
					matchedOn.add("ADDRESS");
				}
				if (age != null && resident.birthYear() > 0
						&& Math.abs(drawnOn.getYear() - age - resident.birthYear()) <= 1
						&& drawnOn.getYear() - age >= resident.birthYear()) {
					matchedOn.add("BIRTH_YEAR");
				}
				shown.add(resident.id());
				bases.add(basisOf(resident).get().code());
				households.add(resident.householdId());
				found.add(new SupportMapCandidate(resident.id(), resident.name(), resident.householdId(),
						resident.address(), AgeBand.of(resident.birthYear(), drawnOn.getYear()),
						List.copyOf(matchedOn)));
			}
			found.sort(Comparator.comparing((SupportMapCandidate candidate) -> -candidate.matchedOn().size())
				.thenComparing(SupportMapCandidate::personId));
			return List.copyOf(found);
		}

		/** The one candidate that matched on more than the name, if exactly one did. */
		private static String chosen(List<SupportMapCandidate> candidates) {
			List<SupportMapCandidate> strong = candidates.stream()
				.filter(candidate -> candidate.matchedOn().size() > 1)
				.toList();
			return strong.size() == 1 ? strong.get(0).personId() : null;
		}

		/** A resident watcher only when exactly one matched on the name and address. */
		private static String chosenWatcher(List<SupportMapCandidate> candidates) {
			List<SupportMapCandidate> strong = candidates.stream()
				.filter(candidate -> candidate.matchedOn().contains("ADDRESS"))
				.toList();
			return strong.size() == 1 ? strong.get(0).personId() : null;
		}

		/** The person a reviewer chose: a resident of the area the user may know. */
		private String decided(Indexed decision, String field, String personId) {
			String id = Validate.id("input.decisions[" + decision.index() + "]." + field, personId);
			Resident resident = byId.get(id);
			if (resident == null || basisOf(resident).isEmpty()) {
				throw new InvalidArgumentException("input.decisions[" + decision.index() + "]." + field,
						"resident-you-may-see",
						"not a resident of this area you have a basis for (この圏域の住民で、閲覧の根拠がある方を選んでください)");
			}
			return id;
		}

		/** The watcher a reviewer chose: anyone the user may know, not the person. */
		private String watcher(Indexed decision, String personId) {
			String argument = "input.decisions[" + decision.index() + "].watcherPersonId";
			String id = Validate.id(argument, decision.decision().watcherPersonId());
			if (id.equals(personId)) {
				throw new InvalidArgumentException(argument, "someone-else",
						"the watcher must be someone other than the person (見守る人は本人以外を指定してください)");
			}
			Resident resident = byId.get(id);
			Optional<Basis> basis = resident != null ? basisOf(resident)
					: accessFacts.forPerson(subject, id).flatMap(PersonStanding::identity);
			if (basis.isEmpty()) {
				throw new InvalidArgumentException(argument, "resident-you-may-see",
						"not a resident you have a basis for (閲覧の根拠がある住民を選んでください)");
			}
			shown.add(id);
			bases.add(basis.get().code());
			return id;
		}

		/** The tie in force already recorded for this line, if any. */
		private Optional<Value> recorded(String personId, TieKind kind, String watcherPersonId, String watcherName) {
			Resident resident = byId.get(personId);
			if (resident == null) {
				return Optional.empty();
			}
			String told = PersonName.normalise(watcherName);
			return resident.ties()
				.asList(value -> value)
				.stream()
				.filter(tie -> tie.get("kind").asString().equals(kind.name()))
				.filter(tie -> {
					String watcher = tie.get("watcherPersonId").asString(null);
					return watcherPersonId != null ? watcherPersonId.equals(watcher) : watcher == null
							&& told.equals(PersonName.normalise(tie.get("watcherName").asString(null)));
				})
				.findFirst();
		}

		void audit() {
			subject.recordRead(
					new PersonalDataRead(households, shown, bases, Set.of(), withheld, Set.of(), withheld.size()));
		}

	}

}
