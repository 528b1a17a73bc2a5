package jp.jusou.graph.evacuation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.evacuation.Roster.DeclareDisasterInput;
import jp.jusou.graph.evacuation.Roster.Disaster;
import jp.jusou.graph.evacuation.Roster.EndDisasterInput;
import jp.jusou.graph.evacuation.Roster.EvacuationRoster;
import jp.jusou.graph.evacuation.Roster.RegisterEvacuationNeedInput;
import jp.jusou.graph.evacuation.Roster.RosterEntry;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.AgeBand;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.ties.WatcherNames;
import jp.jusou.graph.ties.WatcherRole;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * The 避難行動要支援者名簿 (災害対策基本法 第49条の10–13), a channel of its own beside the support record's
 * (graph-model.md "避難行動要支援者名簿"): in normal times it reaches the 避難支援等関係者 agencies only,
 * with the entries whose person consented — or, where the municipality's 条例 says so, all
 * but refusals; while a declared disaster is in force it reaches every agency without
 * consent. Each read says its ground and the duty of secrecy, and is audited with it.
 */
@Service
public class EvacuationRosterService {

	static final String SECRECY = "名簿情報の提供を受けた者は、正当な理由がなく、名簿情報に係る避難行動要支援者に関して知り得た秘密を漏らしてはなりません"
			+ "（災害対策基本法第49条の13）。避難支援等の実施に必要な範囲で使い、複製・持ち出しは最小限にしてください。";

	private final NamedQueries graph;

	private final AccessFacts accessFacts;

	private final Clock clock;

	private final boolean ordinance;

	EvacuationRosterService(NamedQueries graph, AccessFacts accessFacts, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${jusou.evacuation.ordinance-shares-without-consent:false}") boolean ordinance) {
		this.graph = graph;
		this.accessFacts = accessFacts;
		this.clock = clock;
		this.ordinance = ordinance;
	}

	public EvacuationRoster roster(AccessSubject subject, String areaId) {
		String area = areaId == null ? null : Validate.id("areaId", areaId);
		LocalDate today = LocalDate.now(clock);
		Record row = graph
			.single("evacuation-roster",
					Parameters.of("staffId", subject.staffId(), "areaId", area, "personId", null, "today", today))
			.orElseThrow();
		if (row.get("agencyId").isNull()) {
			throw NoBasisException.withoutAgency();
		}
		Disaster disaster = row.get("disaster").isNull() ? null : disaster(row.get("disaster"), today);
		RosterBasis basis;
		if (disaster != null) {
			basis = RosterBasis.DISASTER;
		}
		else if (row.get("holder").asBoolean()) {
			basis = ordinance ? RosterBasis.ORDINANCE : RosterBasis.CONSENT_IN_NORMAL_TIMES;
		}
		else {
			throw new NoBasisException("areaId",
					"in normal times the roster goes to 避難支援等関係者 agencies only (災害対策基本法 第49条の11第2項)"
							+ " (平常時の名簿情報は、避難支援等関係者として市が指定した機関にだけ提供されます。災害時は全機関に提供されます)");
		}
		Set<String> households = new TreeSet<>();
		Set<String> shown = new TreeSet<>();
		Set<String> withheld = new TreeSet<>();
		Set<String> bases = new TreeSet<>();
		WatcherNames watcherNames = new WatcherNames(accessFacts, subject, shown, bases);
		List<RosterEntry> entries = new ArrayList<>();
		for (Value entry : row.get("entries").asList(value -> value)) {
			RosterConsent consent = RosterConsent.valueOf(entry.get("sharingConsent").asString());
			boolean reaches = switch (basis) {
				case DISASTER -> true;
				case ORDINANCE -> consent != RosterConsent.REFUSED;
				case CONSENT_IN_NORMAL_TIMES -> consent == RosterConsent.GIVEN;
			};
			if (!reaches) {
				withheld.add(entry.get("personId").asString());
				continue;
			}
			shown.add(entry.get("personId").asString());
			households.add(entry.get("householdId").asString());
			entries.add(entry(entry, consent, today, watcherNames));
		}
		bases.add(basis == RosterBasis.DISASTER ? "DISASTER:" + disaster.id() : "EVACUATION_ROSTER");
		subject
			.recordRead(new PersonalDataRead(households, shown, bases, Set.of(), withheld, Set.of(), withheld.size()));
		return new EvacuationRoster(basis, disaster, SECRECY, List.copyOf(entries), withheld.size());
	}

	private static RosterEntry entry(Value entry, RosterConsent consent, LocalDate today, WatcherNames watcherNames) {
		List<String> supporters = entry.get("supporters").asList(supporter -> {
			String role = WatcherRole.valueOf(supporter.get("watcherRole").asString()).label();
			String name = watcherNames.nameOf(supporter);
			return name != null ? name + "（" + role + "）" : role;
		});
		Value location = entry.get("location");
		return new RosterEntry(entry.get("id").asString(), entry.get("personId").asString(),
				entry.get("name").asString(), AgeBand.of(entry.get("birthYear").asInt(), today.getYear()),
				entry.get("address").asString(null), location.get("latitude").isNull() ? null : GeoPoint.from(location),
				Area.from(entry.get("area")), entry.get("needs").asString(), consent, entry.get("since").asLocalDate(),
				supporters);
	}

	public RosterEntry register(AccessSubject subject, RegisterEvacuationNeedInput input) {
		String personId = Validate.id("input.personId", input.personId());
		Validate.required("input.sharingConsent", input.sharingConsent());
		String needs = Validate.text("input.needs", input.needs(), 500);
		LocalDate today = LocalDate.now(clock);
		LocalDate since = input.since() == null ? today : Validate.notInFuture("input.since", input.since(), today);
		var standing = accessFacts.forPerson(subject, personId)
			.orElseThrow(() -> new NotFoundException("input.personId", "person", personId));
		if (standing.identity().isEmpty()) {
			throw new NoBasisException("input.personId",
					"no basis for this person's identity (本人を知る根拠がありません: 自機関のケース・本人の同意・支援会議のいずれかが必要です)");
		}
		graph.query("roster-register")
			.bindAll(Parameters.of("personId", personId, "entryId", "roster-" + UUID.randomUUID(), "since", since,
					"sharingConsent", input.sharingConsent().name(), "needs", needs, "staffId", subject.staffId()))
			.run();
		Value written = graph
			.single("evacuation-roster",
					Parameters.of("staffId", subject.staffId(), "areaId", null, "personId", personId, "today", today))
			.orElseThrow()
			.get("entries")
			.get(0);
		Set<String> shown = new TreeSet<>(Set.of(personId));
		Set<String> bases = new TreeSet<>(Set.of(standing.identity().get().code()));
		RosterEntry entry = entry(written, input.sharingConsent(), today,
				new WatcherNames(accessFacts, subject, shown, bases));
		subject.recordRead(
				new PersonalDataRead(Set.of(standing.householdId()), shown, bases, Set.of(), Set.of(), Set.of(), 0));
		return entry;
	}

	public Disaster declare(AccessSubject subject, DeclareDisasterInput input) {
		String name = Validate.text("input.name", input.name(), 100);
		LocalDate today = LocalDate.now(clock);
		LocalDate from = input.from() == null ? today : Validate.notInFuture("input.from", input.from(), today);
		return graph
			.single("disaster-declare", Parameters.of("disasterId", "disaster-" + UUID.randomUUID(), "name", name,
					"from", from, "staffId", subject.staffId()))
			.map(row -> disaster(row.get("disaster"), today))
			.orElseThrow();
	}

	public Disaster end(AccessSubject subject, EndDisasterInput input) {
		String id = Validate.id("input.disasterId", input.disasterId());
		LocalDate today = LocalDate.now(clock);
		LocalDate to = input.to() == null ? today : Validate.notInFuture("input.to", input.to(), today);
		Disaster before = disasters().stream()
			.filter(disaster -> disaster.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("input.disasterId", "disaster", id));
		if (to.isBefore(before.from())) {
			throw new InvalidArgumentException("input.to", "not-before-from",
					"must not be before the disaster began (終了日は開始日以降にしてください)");
		}
		return graph.single("disaster-end", Parameters.of("disasterId", id, "to", to, "staffId", subject.staffId()))
			.map(row -> disaster(row.get("disaster"), today))
			.orElseThrow();
	}

	public List<Disaster> disasters() {
		LocalDate today = LocalDate.now(clock);
		return List.copyOf(graph.query("disasters")
			.fetchAs(Disaster.class)
			.mappedBy((types, row) -> disaster(row.get("disaster"), today))
			.all());
	}

	private static Disaster disaster(Value value, LocalDate today) {
		LocalDate from = value.get("from").asLocalDate();
		LocalDate to = value.get("to").isNull() ? null : value.get("to").asLocalDate();
		return new Disaster(value.get("id").asString(), value.get("name").asString(), from, to,
				!from.isAfter(today) && (to == null || !to.isBefore(today)));
	}

}
