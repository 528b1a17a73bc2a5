package jp.jusou.graph.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.area.StaffAreas;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.outreach.OutreachInputs.RecordSignalInput;
import jp.jusou.graph.outreach.OutreachInputs.RecordVisitInput;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * アウトリーチ等を通じた継続的支援 (第4号): signals about households nobody reaches, visits, and the lists
 * that say whom to visit next. Signals need no consent and may name no person.
 */
@Service
public record OutreachService(NamedQueries graph, Clock clock, KeptFacts keptFacts, AccessPolicy policy,
		AccessFacts accessFacts, StaffAreas staffAreas) {

	static final int MAX_MONTHS = 24;

	/** How far ahead a next visit may be planned. */
	static final int MAX_DAYS_TO_NEXT_VISIT = 366;

	/** What recordSignal did. */
	public record SignalPayload(String signalId, String householdId) {
	}

	/** What recordVisit did. */
	public record VisitPayload(String visitId, String householdId, VisitOutcome outcome, LocalDate date,
			VisitPurpose purpose, LocalDate nextVisitOn, int metCount) {
	}

	/** A household whose next visit is due. */
	public record VisitDue(String householdId, Area area, LocalDate lastVisitOn, VisitOutcome lastOutcome,
			VisitPurpose purpose, LocalDate dueOn, int daysOverdue, String address) {
	}

	/** A household with signals and no contact. */
	public record UnreachedHousehold(String householdId, Area area, int signalCount, LocalDate firstSignal,
			LocalDate lastSignal, List<SignalSource> sources, int visitsWithoutContact, String address) {
	}

	/** The last contact with a household. */
	public record HouseholdContact(String householdId, Area area, LocalDate lastContact, Integer daysSince) {
	}

	/** Visits in one month. */
	public record VisitCount(String month, int households, int visits, int met) {
	}

	public SignalPayload recordSignal(AccessSubject subject, RecordSignalInput input) {
		LocalDate today = LocalDate.now(clock);
		Validate.required("input.source", input.source());
		Validate.notInFuture("input.date", input.date(), today);
		String note = Validate.optionalText("input.note", input.note(), 1000);
		String address = Validate.optionalText("input.address", input.address(), 200);
		GeoPoint location = input.location() == null ? null : input.location().checked("input.location");
		String householdId = input.householdId() == null ? null : Validate.id("input.householdId", input.householdId());
		if (householdId == null && address == null && location == null) {
			throw new InvalidArgumentException("input.householdId", "household-or-place",
					"name the household, or give the address or location reported (世帯・住所・位置のいずれかを指定してください)");
		}
		Record check = check(subject, householdId, input.areaId());
		if (householdId != null && !check.get("householdExists").asBoolean()) {
			throw new NotFoundException("input.householdId", "household", householdId);
		}
		if (input.areaId() != null && !check.get("areaExists").asBoolean()) {
			throw new NotFoundException("input.areaId", "area", input.areaId());
		}
		String signalId = "signal-" + UUID.randomUUID();
		graph.query("signal-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "signalId", signalId, "date", input.date(), "source",
					input.source().name(), "note", note, "address", address, "latitude",
					location == null ? null : location.latitude(), "longitude",
					location == null ? null : location.longitude(), "householdId", householdId, "areaId",
					input.areaId()))
			.run();
		audit(subject, householdId == null ? Set.of() : Set.of(householdId));
		return new SignalPayload(signalId, householdId);
	}

	public VisitPayload recordVisit(AccessSubject subject, RecordVisitInput input) {
		String householdId = Validate.id("input.householdId", input.householdId());
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		Validate.required("input.outcome", input.outcome());
		String note = Validate.optionalText("input.note", input.note(), 1000);
		if (input.nextVisitOn() != null && (!input.nextVisitOn().isAfter(input.date())
				|| input.nextVisitOn().isAfter(input.date().plusDays(MAX_DAYS_TO_NEXT_VISIT)))) {
			throw new InvalidArgumentException("input.nextVisitOn", "after-the-visit-within-a-year",
					"must fall after the visit's date and at most 366 days later (次回訪問予定日は訪問日の翌日から366日以内)");
		}
		Record check = check(subject, householdId, null);
		if (!check.get("householdExists").asBoolean()) {
			throw new NotFoundException("input.householdId", "household", householdId);
		}
		List<String> met = metMembers(subject, householdId, input);
		String visitId = "visit-" + UUID.randomUUID();
		graph.query("visit-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "householdId", householdId, "visitId", visitId, "date",
					input.date(), "outcome", input.outcome().name(), "purpose",
					input.purpose() == null ? null : input.purpose().name(), "nextVisitOn", input.nextVisitOn(),
					"metPersonIds", met, "note", note))
			.run();
		keptFacts.afterWrite(met, Set.of(householdId));
		audit(subject, Set.of(householdId));
		return new VisitPayload(visitId, householdId, input.outcome(), input.date(), input.purpose(),
				input.nextVisitOn(), met.size());
	}

	/**
	 * The members a visit met by name: only with an outcome that is contact, and only
	 * members of the household the user may know — one answer for a stranger and a member
	 * withheld, so the mutation tells nobody who lives where.
	 */
	private List<String> metMembers(AccessSubject subject, String householdId, RecordVisitInput input) {
		List<String> ids = input.metPersonIds() == null ? List.of() : input.metPersonIds();
		if (ids.isEmpty()) {
			return List.of();
		}
		if (!input.outcome().isContact()) {
			throw new InvalidArgumentException("input.metPersonIds", "only-with-contact",
					"name members met only when the outcome is MET or PHONE (会えた世帯員は、面会できた・電話で話せたときだけ指定できます)");
		}
		Set<String> distinct = new TreeSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String personId = Validate.id("input.metPersonIds[" + i + "]", ids.get(i));
			boolean known = accessFacts.forPerson(subject, personId)
				.filter(standing -> householdId.equals(standing.householdId()) && standing.identity().isPresent())
				.isPresent();
			if (!known) {
				throw new InvalidArgumentException("input.metPersonIds[" + i + "]", "member-you-may-see",
						"must be a member of this household whose identity you may see (この世帯の、氏名を見られる世帯員を指定してください)");
			}
			distinct.add(personId);
		}
		return List.copyOf(distinct);
	}

	public List<VisitDue> visitsDue(AccessSubject subject, String areaId, Boolean allAreas, Integer withinDays,
			int first) {
		int within = Validate.range("withinDays", withinDays == null ? 0 : withinDays, 0, 90);
		LocalDate today = LocalDate.now(clock);
		List<VisitDue> rows = List.copyOf(graph.query("visits-due")
			.bindAll(Parameters.of("staffId", subject.staffId(), "areaIds", areas(subject, areaId, allAreas), "until",
					today.plusDays(within), "limit", first))
			.fetchAs(VisitDue.class)
			.mappedBy((types, record) -> new VisitDue(record.get("householdId").asString(),
					record.get("area").isNull() ? null : Area.from(record.get("area")),
					record.get("lastVisitOn").asLocalDate(), VisitOutcome.valueOf(record.get("lastOutcome").asString()),
					record.get("purpose").isNull() ? null : VisitPurpose.valueOf(record.get("purpose").asString()),
					record.get("dueOn").asLocalDate(),
					(int) ChronoUnit.DAYS.between(record.get("dueOn").asLocalDate(), today),
					policy.locationVisible(HouseholdAccess.from(record.get("access")), subject)
							? record.get("homeAddress").asString(null) : null))
			.all());
		audit(subject, ids(rows.stream().map(VisitDue::householdId).toList()));
		return rows;
	}

	public List<UnreachedHousehold> unreached(AccessSubject subject, String areaId, Boolean allAreas) {
		List<UnreachedHousehold> rows = List.copyOf(graph.query("unreached-households")
			.bindAll(Parameters.of("staffId", subject.staffId(), "areaIds", areas(subject, areaId, allAreas)))
			.fetchAs(UnreachedHousehold.class)
			.mappedBy((types, record) -> new UnreachedHousehold(record.get("householdId").asString(),
					record.get("area").isNull() ? null : Area.from(record.get("area")),
					record.get("signalCount").asInt(), record.get("firstSignal").asLocalDate(),
					record.get("lastSignal").asLocalDate(),
					record.get("sources").asList(value -> SignalSource.valueOf(value.asString())),
					record.get("visitsWithoutContact").asInt(),
					policy.locationVisible(HouseholdAccess.from(record.get("access")), subject)
							? record.get("homeAddress").asString(null) : null))
			.all());
		audit(subject, ids(rows.stream().map(UnreachedHousehold::householdId).toList()));
		return rows;
	}

	public List<HouseholdContact> withoutRecentContact(AccessSubject subject, Integer days, String areaId,
			Boolean allAreas) {
		int checked = Validate.range("days", days, 1, 3650);
		LocalDate today = LocalDate.now(clock);
		List<HouseholdContact> rows = List.copyOf(graph.query("households-without-recent-contact")
			.bindAll(Parameters.of("staffId", subject.staffId(), "since", today.minusDays(checked), "today", today,
					"areaIds", areas(subject, areaId, allAreas)))
			.fetchAs(HouseholdContact.class)
			.mappedBy((types, record) -> new HouseholdContact(record.get("householdId").asString(),
					record.get("area").isNull() ? null : Area.from(record.get("area")),
					record.get("lastContact").isNull() ? null : record.get("lastContact").asLocalDate(),
					record.get("daysSince").isNull() ? null : record.get("daysSince").asInt()))
			.all());
		audit(subject, ids(rows.stream().map(HouseholdContact::householdId).toList()));
		return rows;
	}

	public List<VisitCount> visitCounts(AccessSubject subject, LocalDate from, LocalDate to) {
		Validate.required("from", from);
		Validate.required("to", to);
		if (to.isBefore(from)) {
			throw new InvalidArgumentException("to", "not-before-from", "must not be before from (終了日は開始日以降)");
		}
		if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
			throw new InvalidArgumentException("to", "at-most-24-months", "at most 24 months (期間は24か月以内)");
		}
		return List.copyOf(graph.query("visit-counts")
			.bindAll(Map.of("staffId", subject.staffId(), "from", from, "to", to))
			.fetchAs(VisitCount.class)
			.mappedBy((types, record) -> new VisitCount(record.get("month").asString(),
					record.get("households").asInt(), record.get("visits").asInt(), record.get("met").asInt()))
			.all());
	}

	/**
	 * The areas a list covers: the one asked for, every one, or the user's 担当圏域
	 * (StaffAreas).
	 */
	private List<String> areas(AccessSubject subject, String areaId, Boolean allAreas) {
		return staffAreas.scope(subject.staffId(), areaId == null ? null : Validate.id("areaId", areaId), allAreas);
	}

	private Record check(AccessSubject subject, String householdId, String areaId) {
		Record check = graph
			.single("outreach-targets-check",
					Parameters.of("householdId", householdId, "areaId", areaId, "staffId", subject.staffId()))
			.orElseThrow();
		if (check.get("agencyId").isNull()) {
			throw NoBasisException.withoutAgency();
		}
		return check;
	}

	private static Set<String> ids(List<String> householdIds) {
		return new TreeSet<>(householdIds);
	}

	private static void audit(AccessSubject subject, Set<String> householdIds) {
		subject.recordRead(
				new PersonalDataRead(householdIds, Set.of(), Set.of("OWN_AGENCY"), Set.of(), Set.of(), Set.of(), 0));
	}

}
