package jp.jusou.graph.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.area.Area;
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
public record OutreachService(NamedQueries graph, Clock clock, KeptFacts keptFacts, AccessPolicy policy) {

	static final int MAX_MONTHS = 24;

	/** What recordSignal did. */
	public record SignalPayload(String signalId, String householdId) {
	}

	/** What recordVisit did. */
	public record VisitPayload(String visitId, String householdId, VisitOutcome outcome, LocalDate date) {
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
		Record check = check(subject, householdId, null);
		if (!check.get("householdExists").asBoolean()) {
			throw new NotFoundException("input.householdId", "household", householdId);
		}
		String visitId = "visit-" + UUID.randomUUID();
		graph.query("visit-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "householdId", householdId, "visitId", visitId, "date",
					input.date(), "outcome", input.outcome().name(), "note", note))
			.run();
		keptFacts.afterWrite(Set.of(), Set.of(householdId));
		audit(subject, Set.of(householdId));
		return new VisitPayload(visitId, householdId, input.outcome(), input.date());
	}

	public List<UnreachedHousehold> unreached(AccessSubject subject, String areaId) {
		List<UnreachedHousehold> rows = List.copyOf(graph.query("unreached-households")
			.bindAll(Parameters.of("staffId", subject.staffId(), "areaId", areaId))
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

	public List<HouseholdContact> withoutRecentContact(AccessSubject subject, Integer days) {
		int checked = Validate.range("days", days, 1, 3650);
		LocalDate today = LocalDate.now(clock);
		List<HouseholdContact> rows = List.copyOf(graph.query("households-without-recent-contact")
			.bindAll(Parameters.of("staffId", subject.staffId(), "since", today.minusDays(checked), "today", today))
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
