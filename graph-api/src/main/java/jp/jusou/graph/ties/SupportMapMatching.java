package jp.jusou.graph.ties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessFacts.PersonStanding;
import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.identification.PersonName;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.AgeBand;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.ties.SupportMapFile.DrawnLine;
import jp.jusou.graph.ties.SupportMapFile.Problem;
import jp.jusou.graph.ties.SupportMapImportInputs.SupportMapLineDecision;
import jp.jusou.graph.ties.SupportMapImportResult.SupportMapCandidate;
import jp.jusou.graph.ties.SupportMapImportResult.SupportMapLine;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One check of a 支えあいマップ file: each line matched against the area's residents
 * (support-map-import-people.cypher), a resident a candidate only on the reader's
 * identity basis as AccessPolicy decides it, the reviewer's decisions applied, and what
 * the check showed recorded as one personal-data read (graph-model.md "支えあいマップ", the
 * import).
 */
final class SupportMapMatching {

	/** A reviewer's decision with its place in the input, to name it in a refusal. */
	record Decision(int index, SupportMapLineDecision decision) {
	}

	/** A resident of the area as the matching sees them. */
	private record Resident(String id, String name, String kana, int birthYear, String householdId, String address,
			Value access, Value ties) {
	}

	private final AccessPolicy policy;

	private final AccessFacts accessFacts;

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

	SupportMapMatching(AccessPolicy policy, AccessFacts accessFacts, AccessSubject subject, Record row,
			LocalDate drawnOn) {
		this.policy = policy;
		this.accessFacts = accessFacts;
		this.subject = subject;
		this.drawnOn = drawnOn;
		for (Value resident : row.get("residents").asList(value -> value)) {
			Value person = resident.get("person");
			String id = person.get("id").asString();
			Resident known = new Resident(id, person.get("name").asString(null), person.get("nameKana").asString(null),
					person.get("birthYear").asInt(0), resident.get("householdId").asString(),
					resident.get("address").asString(null), resident.get("access"), resident.get("ties"));
			byId.put(id, known);
			index(byName, known.name(), known);
			index(byKana, known.kana(), known);
		}
	}

	SupportMapLine line(DrawnLine line, Decision decision, Set<String> drawnTies) {
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
		return new SupportMapLine(line.line(), line.name(), line.address(), line.watcher(), line.kind(), line.role(),
				line.frequency(), line.since(), candidates, personId, watcherCandidates, watcherPersonId, status,
				List.copyOf(problems), tieId);
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
	 * The residents whose name matches as PersonName.matches says: the name told as their
	 * name or kana, or the kana told as their kana — looked up, not scanned.
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
			if (age != null && resident.birthYear() > 0 && Math.abs(drawnOn.getYear() - age - resident.birthYear()) <= 1
					&& drawnOn.getYear() - age >= resident.birthYear()) {
				matchedOn.add("BIRTH_YEAR");
			}
			shown.add(resident.id());
			bases.add(basisOf(resident).get().code());
			households.add(resident.householdId());
			found.add(new SupportMapCandidate(resident.id(), resident.name(), resident.householdId(),
					resident.address(), AgeBand.of(resident.birthYear(), drawnOn.getYear()), List.copyOf(matchedOn)));
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
	private String decided(Decision decision, String field, String personId) {
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
	private String watcher(Decision decision, String personId) {
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
				return watcherPersonId != null ? watcherPersonId.equals(watcher)
						: watcher == null && told.equals(PersonName.normalise(tie.get("watcherName").asString(null)));
			})
			.findFirst();
	}

	void audit() {
		subject
			.recordRead(new PersonalDataRead(households, shown, bases, Set.of(), withheld, Set.of(), withheld.size()));
	}

}
