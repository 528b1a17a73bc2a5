package jp.jusou.graph.ties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessFacts.PersonStanding;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.ties.Tie.HouseholdTies;
import jp.jusou.graph.ties.Tie.SupportMapSource;
import jp.jusou.graph.ties.Tie.Watcher;
import jp.jusou.graph.ties.TieInputs.ConfirmTieInput;
import jp.jusou.graph.ties.TieInputs.EndTieInput;
import jp.jusou.graph.ties.TieInputs.RecordTieInput;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * The 見守り network (graph-model.md, "Ties"): who watches over a person, recorded,
 * confirmed and ended by staff with a basis for the person's identity; read on that same
 * basis, the watcher's name only where the watcher agreed or the reader's agency recorded
 * it. A tie in force takes the person off the isolated list (fragments/isolation.cypher),
 * so every write keeps the isolation label and counts.
 */
@Service
public class Ties {

	private final NamedQueries graph;

	private final AccessFacts accessFacts;

	private final KeptFacts keptFacts;

	private final Clock clock;

	Ties(NamedQueries graph, AccessFacts accessFacts, KeptFacts keptFacts, Clock clock) {
		this.graph = graph;
		this.accessFacts = accessFacts;
		this.keptFacts = keptFacts;
		this.clock = clock;
	}

	public Tie record(AccessSubject subject, RecordTieInput input) {
		String personId = Validate.id("input.personId", input.personId());
		Validate.required("input.kind", input.kind());
		Validate.required("input.watcherRole", input.watcherRole());
		Validate.required("input.frequency", input.frequency());
		LocalDate today = LocalDate.now(clock);
		Validate.notInFuture("input.since", input.since(), today);
		String note = Validate.optionalText("input.note", input.note(), 500);
		String watcherName = Validate.optionalText("input.watcherName", input.watcherName(), 100);
		String watcherPersonId = input.watcherPersonId() == null ? null
				: Validate.id("input.watcherPersonId", input.watcherPersonId());
		if ((watcherName == null) == (watcherPersonId == null)) {
			throw new InvalidArgumentException("input.watcherName", "name-or-resident",
					"give the watcher's name or the resident id, one of them (見守る人の氏名か住民IDのどちらか一方を指定してください)");
		}
		if (watcherPersonId != null && watcherPersonId.equals(personId)) {
			throw new InvalidArgumentException("input.watcherPersonId", "someone-else",
					"the watcher must be someone other than the person (見守る人は本人以外を指定してください)");
		}
		identified(subject, "input.personId", personId);
		if (watcherPersonId != null) {
			identified(subject, "input.watcherPersonId", watcherPersonId);
		}
		String tieId = "tie-" + UUID.randomUUID();
		graph.query("tie-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "personId", personId, "tieId", tieId, "kind",
					input.kind().name(), "frequency", input.frequency().name(), "watcherRole",
					input.watcherRole().name(), "watcherName", watcherName, "watcherPersonId", watcherPersonId,
					"watcherMayBeNamed", Boolean.TRUE.equals(input.watcherAgreesToBeNamed()), "since", input.since(),
					"note", note))
			.run();
		keptFacts.afterWrite(List.of(personId), Set.of());
		return one(subject, tieId);
	}

	public Tie confirm(AccessSubject subject, ConfirmTieInput input) {
		Record tie = existing(subject, input.tieId());
		LocalDate date = Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		if (date.isBefore(tie.get("since").asLocalDate())) {
			throw new InvalidArgumentException("input.date", "not-before-since",
					"must not be before the tie began (確認日は開始日以降にしてください)");
		}
		graph.query("tie-confirm")
			.bindAll(Parameters.of("tieId", input.tieId(), "date", date, "staffId", subject.staffId()))
			.run();
		return one(subject, input.tieId());
	}

	public Tie end(AccessSubject subject, EndTieInput input) {
		Record tie = existing(subject, input.tieId());
		LocalDate date = Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		String reason = Validate.text("input.reason", input.reason(), 500);
		if (!tie.get("endedOn").isNull()) {
			throw new InvalidArgumentException("input.tieId", "in-force", "this tie has already ended (このつながりは終了済みです)");
		}
		if (date.isBefore(tie.get("since").asLocalDate())) {
			throw new InvalidArgumentException("input.date", "not-before-since",
					"must not be before the tie began (終了日は開始日以降にしてください)");
		}
		graph.query("tie-end")
			.bindAll(
					Parameters.of("tieId", input.tieId(), "date", date, "reason", reason, "staffId", subject.staffId()))
			.run();
		keptFacts.afterWrite(List.of(tie.get("personId").asString()), Set.of());
		return one(subject, input.tieId());
	}

	/** The ties of a household's members the user may see; the read is audited. */
	public HouseholdTies ofHousehold(AccessSubject subject, String householdId, boolean includeEnded) {
		String id = Validate.id("householdId", householdId);
		Read read = read(subject, id, null, includeEnded);
		return new HouseholdTies(id, read.ties(), Withheld.identities(read.withheldTies()));
	}

	private Tie one(AccessSubject subject, String tieId) {
		return read(subject, null, tieId, true).ties().get(0);
	}

	private record Read(List<Tie> ties, int withheldTies) {
	}

	private Read read(AccessSubject subject, String householdId, String tieId, boolean includeEnded) {
		List<Record> rows = graph.query("ties")
			.bindAll(Parameters.of("staffId", subject.staffId(), "householdId", householdId, "tieId", tieId,
					"includeEnded", includeEnded))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all()
			.stream()
			.toList();
		Map<String, Optional<PersonStanding>> standings = new HashMap<>();
		Set<String> households = new TreeSet<>();
		Set<String> shown = new TreeSet<>();
		Set<String> bases = new TreeSet<>();
		Set<String> withheld = new TreeSet<>();
		List<Tie> ties = new ArrayList<>();
		WatcherNames watcherNames = new WatcherNames(accessFacts, subject, shown, bases);
		int withheldTies = 0;
		for (Record row : rows) {
			String personId = row.get("personId").asString();
			Optional<PersonStanding> standing = standings.computeIfAbsent(personId,
					key -> accessFacts.forPerson(subject, key));
			Optional<Basis> basis = standing.flatMap(PersonStanding::identity);
			if (basis.isEmpty()) {
				withheld.add(personId);
				withheldTies++;
				continue;
			}
			shown.add(personId);
			bases.add(basis.get().code());
			standing.map(PersonStanding::householdId).ifPresent(households::add);
			ties.add(tie(row, watcherNames));
		}
		subject
			.recordRead(new PersonalDataRead(households, shown, bases, Set.of(), withheld, Set.of(), withheld.size()));
		return new Read(List.copyOf(ties), withheldTies);
	}

	private Tie tie(Record row, WatcherNames watcherNames) {
		Value tie = row.get("tie");
		String name = watcherNames.nameOf(tie);
		Watcher watcher = new Watcher(WatcherRole.valueOf(tie.get("watcherRole").asString()), name,
				name == null ? Withheld.watcherName() : null);
		return new Tie(tie.get("id").asString(), row.get("personId").asString(),
				TieKind.valueOf(tie.get("kind").asString()), TieFrequency.valueOf(tie.get("frequency").asString()),
				watcher, tie.get("since").asLocalDate(), date(tie.get("lastConfirmedOn")), date(tie.get("endedOn")),
				tie.get("endReason").asString(null), tie.get("note").asString(null),
				row.get("recordedByAgency").asString(), source(row.get("drawing")));
	}

	private static SupportMapSource source(Value drawing) {
		return drawing.isNull() ? null : new SupportMapSource(drawing.get("id").asString(),
				drawing.get("drawnBy").asString(), drawing.get("drawnOn").asLocalDate());
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	/** The tie, when it exists and the user may see the person it watches over. */
	private Record existing(AccessSubject subject, String tieId) {
		String id = Validate.id("input.tieId", tieId);
		Record tie = graph.single("tie-check", Map.of("tieId", id))
			.orElseThrow(() -> new NotFoundException("input.tieId", "tie", id));
		identified(subject, "input.tieId", tie.get("personId").asString());
		return tie;
	}

	/** Refuses a write about a person the user has no identity basis for. */
	private void identified(AccessSubject subject, String argument, String personId) {
		Optional<PersonStanding> standing = accessFacts.forPerson(subject, personId);
		if (standing.isEmpty()) {
			throw new NotFoundException(argument, "person", personId);
		}
		if (standing.get().identity().isEmpty()) {
			throw new NoBasisException(argument,
					"no basis for this person's identity: a tie is recorded by an agency that knows who they are"
							+ " (本人を知る根拠がありません: 自機関のケース・本人の同意・支援会議のいずれかが必要です)");
		}
	}

}
