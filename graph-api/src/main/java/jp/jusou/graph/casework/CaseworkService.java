package jp.jusou.graph.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.access.PersonalDataRead;
import jp.jusou.graph.access.WindowIdentification;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.casework.CaseworkInputs.CaseChangeInput;
import jp.jusou.graph.casework.CaseworkInputs.NewHouseholdInput;
import jp.jusou.graph.casework.CaseworkInputs.NewPersonInput;
import jp.jusou.graph.casework.CaseworkInputs.RecordConsultationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferToCoordinationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReturnToAgencyInput;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.SingleRow;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 包括的相談支援 and 多機関協働: consultations open or extend the agency's case; referrals move a
 * case to the coordinating body and back. Every rule is checked before the first write;
 * each mutation is one write transaction, so a broken rule leaves the graph as it was.
 */
@Service
public class CaseworkService {

	static final Set<String> RELATIONS = Set.of("HEAD", "SPOUSE", "CHILD", "MOTHER", "FATHER", "GRANDCHILD", "OTHER");

	public static final int MAX_MEMBERS = 20;

	static final Pattern PHONE = Pattern.compile("\\+?[0-9() -]{6,20}");

	/** The statutory component of the 多機関協働 body (第5号). */
	public static final int COORDINATION_COMPONENT = 5;

	/** What recordConsultation did. */
	/**
	 * What recordConsultation did: the consultation and its case; or, for a new household
	 * whose members may already be in the graph, only the candidates (nothing written).
	 */
	public record ConsultationResult(Consultation consultation, CaseRecord caseRecord, boolean openedCase,
			String householdId, List<RegistrationCandidates.Candidate> candidates) {
	}

	/** What a referral did. */
	public record ReferralResult(String referralId, ReferralDirection direction, CaseRecord fromCase,
			CaseRecord toCase) {
	}

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final AgencyService agencies;

	private final AccessFacts access;

	private final WindowIdentification identification;

	private final RegistrationCandidates registrationCandidates;

	private final Clock clock;

	private final KeptFacts keptFacts;

	CaseworkService(Neo4jClient neo4j, CypherQueries queries, AgencyService agencies, AccessFacts access,
			WindowIdentification identification, RegistrationCandidates registrationCandidates, Clock clock,
			KeptFacts keptFacts) {
		this.keptFacts = keptFacts;
		this.registrationCandidates = registrationCandidates;
		this.neo4j = neo4j;
		this.queries = queries;
		this.agencies = agencies;
		this.access = access;
		this.identification = identification;
		this.clock = clock;
	}

	@Transactional
	public ConsultationResult recordConsultation(AccessSubject subject, RecordConsultationInput input) {
		LocalDate today = LocalDate.now(clock);
		boolean existing = input.personId() != null;
		if (existing == (input.newHousehold() != null)) {
			throw new InvalidArgumentException("input.personId", "exactly-one-of-personId-newHousehold",
					"give either personId (a person already registered) or newHousehold (本人IDか新規世帯のどちらか一方を指定してください)");
		}
		Validate.notInFuture("input.date", input.date(), today);
		Validate.notEmpty("input.fields", input.fields());
		Validate.notEmpty("input.topics", input.topics());
		Validate.required("input.channel", input.channel());
		String summary = Validate.optionalText("input.summary", input.summary(), 2000);
		List<Map<String, Object>> members = existing ? List.of() : members(input.newHousehold(), today);
		String personId = existing ? Validate.id("input.personId", input.personId())
				: (String) members.get(0).get("id");
		NewHouseholdInput household = input.newHousehold();
		Record check = SingleRow
			.of(neo4j, queries.get("casework-consultation-check"),
					Parameters.of("personId", personId, "areaId", household == null ? null : household.areaId(),
							"staffId", subject.staffId()))
			.orElseThrow();
		if (check.get("agencyId").isNull()) {
			throw NoBasisException.withoutAgency();
		}
		String householdId;
		String origin = existing ? "IDENTIFIED" : "REGISTERED";
		String priorBasis = null;
		if (existing) {
			if (!check.get("personExists").asBoolean()) {
				throw new NotFoundException("input.personId", "person", personId);
			}
			householdId = check.get("householdId").asString(null);
			if (!check.get("holdsOpenCase").asBoolean()) {
				identification.require(subject, "input.asTold", input.asTold(), personId, householdId,
						"your agency holds no open case about this person, so this consultation opens one",
						"Mutation.recordConsultation");
				priorBasis = access.forPerson(subject, personId)
					.flatMap(AccessFacts.PersonStanding::identity)
					.map(PersonalDataRead::basisCode)
					.orElse(null);
			}
		}
		else {
			if (input.asTold() != null) {
				throw new InvalidArgumentException("input.asTold", "with-personId-only",
						"asTold checks a person already in the graph; a new household's members are given in newHousehold"
								+ " (本人確認は登録済みの本人を指定する場合のみです)");
			}
			if (!check.get("areaExists").asBoolean()) {
				throw new NotFoundException("input.newHousehold.areaId", "area", household.areaId());
			}
			if (!Boolean.TRUE.equals(household.confirmNew())) {
				List<RegistrationCandidates.Candidate> candidates = registrationCandidates.find(subject, household,
						today);
				if (!candidates.isEmpty()) {
					return new ConsultationResult(null, null, false, null, candidates);
				}
			}
			householdId = "hh-" + UUID.randomUUID();
			GeoPoint location = household.location() == null ? null
					: household.location().checked("input.newHousehold.location");
			neo4j.query(queries.get("casework-register-household"))
				.bindAll(Parameters.of("householdId", householdId, "areaId", household.areaId(), "address",
						Validate.text("input.newHousehold.address", household.address(), 200), "patterns",
						household.patterns() == null ? List.of()
								: household.patterns().stream().map(Enum::name).distinct().toList(),
						"latitude", location == null ? null : location.latitude(), "longitude",
						location == null ? null : location.longitude(), "date", input.date(), "staffId",
						subject.staffId(), "members", members))
				.run();
		}
		Record written = SingleRow
			.of(neo4j, queries.get("casework-record-consultation"),
					Parameters.of("staffId", subject.staffId(), "personId", personId, "caseId",
							"case-" + UUID.randomUUID(), "consultationId", "consultation-" + UUID.randomUUID(), "date",
							input.date(), "fields", input.fields().stream().map(Enum::name).distinct().toList(),
							"topics", input.topics().stream().map(Enum::name).distinct().toList(), "channel",
							input.channel().name(), "summary", summary, "origin", origin, "priorBasis", priorBasis))
			.orElseThrow();
		keptFacts.afterWrite(Set.of(personId), householdIds(householdId));
		CaseRecord caseRecord = caseById(written.get("caseId").asString(), "input.personId");
		subject.recordRead(new PersonalDataRead("Mutation.recordConsultation", householdIds(householdId),
				Set.of(personId), Set.of("OWN_AGENCY"), Set.of(caseRecord.field()), Set.of(), Set.of(), 0));
		return new ConsultationResult(Consultation.from(written.get("consultation")), caseRecord,
				written.get("opened").asBoolean(), existing ? null : householdId, List.of());
	}

	@Transactional
	public ReferralResult referToCoordination(AccessSubject subject, ReferToCoordinationInput input) {
		String reason = checkReferral(input.caseId(), input.reason(), input.date());
		Validate.id("input.coordinatorAgencyId", input.coordinatorAgencyId());
		CaseRecord from = ownOpenCase(subject, input.caseId(), "refer");
		Agency coordinator = agency("input.coordinatorAgencyId", input.coordinatorAgencyId());
		if (!coordinator.components().contains(COORDINATION_COMPONENT)) {
			throw new InvalidArgumentException("input.coordinatorAgencyId", "coordination-body", coordinator.name()
					+ " does not run 多機関協働 (component 5); refer to the agency that does" + " (多機関協働事業者を指定してください)");
		}
		if (coordinator.id().equals(from.agency().id())) {
			throw new InvalidArgumentException("input.coordinatorAgencyId", "another-agency",
					"the case is already held by the 多機関協働 body (すでに多機関協働のケースです)");
		}
		return refer(subject, "Mutation.referToCoordination", from, coordinator.id(), ReferralDirection.TO_COORDINATION,
				reason, input.date(), false);
	}

	/**
	 * つなぎ between any two windows (003: 「適切な相談窓口につなげ」): the receiving agency opens (or
	 * keeps) its case about the person; the sending case stays open. The direction
	 * follows the agencies: to the 多機関協働 body, back from it, or between two other
	 * windows.
	 */
	@Transactional
	public ReferralResult refer(AccessSubject subject, ReferInput input) {
		String reason = checkReferral(input.caseId(), input.reason(), input.date());
		Validate.id("input.toAgencyId", input.toAgencyId());
		CaseRecord from = ownOpenCase(subject, input.caseId(), "refer");
		Agency target = agency("input.toAgencyId", input.toAgencyId());
		if (target.id().equals(from.agency().id())) {
			throw new InvalidArgumentException("input.toAgencyId", "another-agency",
					"the case is already held by " + target.name() + " (つなぎ先には別の機関を指定してください)");
		}
		ReferralDirection direction = target.components().contains(COORDINATION_COMPONENT)
				? ReferralDirection.TO_COORDINATION : from.agency().components().contains(COORDINATION_COMPONENT)
						? ReferralDirection.BACK_TO_AGENCY : ReferralDirection.BETWEEN_AGENCIES;
		return refer(subject, "Mutation.refer", from, target.id(), direction, reason, input.date(), false);
	}

	/** Closes a case the user's agency holds (終結), with the date and the reason. */
	@Transactional
	public CaseRecord closeCase(AccessSubject subject, CaseChangeInput input) {
		Validate.id("input.caseId", input.caseId());
		String reason = Validate.text("input.reason", input.reason(), 500);
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		CaseRecord found = ownOpenCase(subject, input.caseId(), "close");
		if (input.date().isBefore(found.opened())) {
			throw new InvalidArgumentException("input.date", "not-before-case-opened",
					"the case opened on " + found.opened() + " (ケース開始日より前の日付です)");
		}
		return changeCase(subject, "Mutation.closeCase", found, "casework-close", input.date(), reason);
	}

	/**
	 * Reopens a closed case the user's agency holds (再開), with the date and the reason.
	 */
	@Transactional
	public CaseRecord reopenCase(AccessSubject subject, CaseChangeInput input) {
		Validate.id("input.caseId", input.caseId());
		String reason = Validate.text("input.reason", input.reason(), 500);
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		CaseRecord found = ownCase(subject, input.caseId(), "reopen");
		if (found.open()) {
			throw new InvalidArgumentException("input.caseId", "case-closed",
					"the case is open; only a closed case can be reopened (対応中のケースです)");
		}
		if (input.date().isBefore(found.closed())) {
			throw new InvalidArgumentException("input.date", "not-before-case-closed",
					"the case closed on " + found.closed() + " (終結日より前の日付です)");
		}
		return changeCase(subject, "Mutation.reopenCase", found, "casework-reopen", input.date(), reason);
	}

	private CaseRecord changeCase(AccessSubject subject, String operation, CaseRecord found, String query,
			LocalDate date, String reason) {
		neo4j.query(queries.get(query))
			.bindAll(Parameters.of("caseId", found.id(), "date", date, "reason", reason, "staffId", subject.staffId()))
			.run();
		keptFacts.afterWrite(Set.of(found.personId()), Set.of());
		subject.recordRead(new PersonalDataRead(operation, householdIds(found.householdId()), Set.of(found.personId()),
				Set.of("OWN_AGENCY"), Set.copyOf(found.categories()), Set.of(), Set.of(), 0));
		return caseById(found.id(), "input.caseId");
	}

	@Transactional
	public ReferralResult returnToAgency(AccessSubject subject, ReturnToAgencyInput input) {
		String reason = checkReferral(input.caseId(), input.reason(), input.date());
		Validate.id("input.agencyId", input.agencyId());
		CaseRecord from = ownOpenCase(subject, input.caseId(), "hand back");
		if (!from.agency().components().contains(COORDINATION_COMPONENT)) {
			throw new InvalidArgumentException("input.caseId", "coordination-case",
					"only a case held by the 多機関協働 body can be handed back; a single-field agency refers with"
							+ " referToCoordination (多機関協働のケースのみ戻せます)");
		}
		Agency target = agency("input.agencyId", input.agencyId());
		if (target.id().equals(from.agency().id())) {
			throw new InvalidArgumentException("input.agencyId", "another-agency",
					"name the single-field agency taking the case over (引き継ぐ機関を指定してください)");
		}
		return refer(subject, "Mutation.returnToAgency", from, target.id(), ReferralDirection.BACK_TO_AGENCY, reason,
				input.date(), true);
	}

	private String checkReferral(String caseId, String reason, LocalDate date) {
		Validate.id("input.caseId", caseId);
		Validate.notInFuture("input.date", date, LocalDate.now(clock));
		return Validate.text("input.reason", reason, 1000);
	}

	private ReferralResult refer(AccessSubject subject, String operation, CaseRecord from, String toAgencyId,
			ReferralDirection direction, String reason, LocalDate date, boolean closeFromCase) {
		if (date.isBefore(from.opened())) {
			throw new InvalidArgumentException("input.date", "not-before-case-opened",
					"the case opened on " + from.opened() + " (ケース開始日より前の日付です)");
		}
		Record written = SingleRow.of(neo4j, queries.get("casework-refer"),
				Parameters.of("fromCaseId", from.id(), "toAgencyId", toAgencyId, "newCaseId",
						"case-" + UUID.randomUUID(), "referralId", "referral-" + UUID.randomUUID(), "direction",
						direction.name(), "date", date, "reason", reason, "staffId", subject.staffId(), "closeFromCase",
						closeFromCase))
			.orElseThrow();
		keptFacts.afterWrite(Set.of(from.personId()), Set.of());
		CaseRecord to = caseById(written.get("toCaseId").asString(), "input.caseId");
		subject.recordRead(new PersonalDataRead(operation, householdIds(from.householdId()), Set.of(from.personId()),
				Set.of("OWN_AGENCY"), Set.of(from.field()), Set.of(), Set.of(), 0));
		return new ReferralResult(written.get("referralId").asString(), direction, caseById(from.id(), "input.caseId"),
				to);
	}

	/** The case, which must be held by the user's agency. */
	private CaseRecord ownCase(AccessSubject subject, String caseId, String verb) {
		CaseRecord from = caseById(caseId, "input.caseId");
		AgencyService.StaffMembership membership = agencies.membership(subject.staffId());
		if (membership == null || membership.agency() == null || !membership.agency().id().equals(from.agency().id())) {
			throw new NoBasisException("input.caseId",
					"only the agency holding the case may " + verb + " it (ケースを持つ機関のみ操作できます)");
		}
		return from;
	}

	/** The case, which must be open and held by the user's agency. */
	private CaseRecord ownOpenCase(AccessSubject subject, String caseId, String verb) {
		CaseRecord from = ownCase(subject, caseId, verb);
		if (!from.open()) {
			throw new InvalidArgumentException("input.caseId", "case-open",
					"the case closed on " + from.closed() + " (終了したケースです)");
		}
		return from;
	}

	private Agency agency(String argument, String agencyId) {
		try {
			return agencies.byId(agencyId);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(argument, "agency", agencyId);
		}
	}

	public CaseRecord caseById(String caseId, String argument) {
		return neo4j.query(queries.get("case-by-id"))
			.bind(caseId)
			.to("caseId")
			.fetchAs(CaseRecord.class)
			.mappedBy((types, record) -> CaseRecord.from(record))
			.one()
			.orElseThrow(() -> new NotFoundException(argument, "case", caseId));
	}

	private static Set<String> householdIds(String householdId) {
		return householdId == null ? Set.of() : Set.of(householdId);
	}

	private static List<Map<String, Object>> members(NewHouseholdInput household, LocalDate today) {
		Validate.id("input.newHousehold.areaId", household.areaId());
		Validate.required("input.newHousehold.consultee", household.consultee());
		List<NewPersonInput> people = new ArrayList<>();
		people.add(household.consultee());
		if (household.others() != null) {
			people.addAll(household.others());
		}
		if (people.size() > MAX_MEMBERS) {
			throw new InvalidArgumentException("input.newHousehold.others", "at-most-" + MAX_MEMBERS,
					"a household has at most " + MAX_MEMBERS + " members (世帯員は" + MAX_MEMBERS + "人まで)");
		}
		List<Map<String, Object>> members = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			String at = i == 0 ? "input.newHousehold.consultee" : "input.newHousehold.others[" + (i - 1) + "]";
			members.add(newPerson(people.get(i), at, today));
		}
		return members;
	}

	/**
	 * Checks one person to register (name, kana, birth year, relation) and returns what
	 * to write, with a new person id: {id, name, nameKana, birthYear, relation,
	 * dependant}.
	 */
	public static Map<String, Object> newPerson(NewPersonInput person, String at, LocalDate today) {
		Validate.required(at, person);
		String name = Validate.text(at + ".name", person.name(), 100);
		String kana = Validate.optionalText(at + ".nameKana", person.nameKana(), 100);
		int birthYear = Validate.range(at + ".birthYear", person.birthYear(), 1900, today.getYear());
		if (person.relation() == null || !RELATIONS.contains(person.relation())) {
			throw new InvalidArgumentException(at + ".relation", "one-of",
					"must be one of " + RELATIONS.stream().sorted().toList() + " (続柄コードが不正です)");
		}
		return Parameters.of("id", "p-" + UUID.randomUUID(), "name", name, "nameKana", kana, "birthYear", birthYear,
				"relation", person.relation(), "dependant", Boolean.TRUE.equals(person.dependant()), "phone",
				phone(at + ".phone", person.phone()), "contactNote",
				Validate.optionalText(at + ".contactNote", person.contactNote(), 200));
	}

	/**
	 * A phone number as people write it: 6–20 of digits, hyphens, spaces, parentheses and
	 * a leading +.
	 */
	public static String phone(String argument, String phone) {
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidArgumentException(argument, "phone",
					"6–20 characters of digits, '-', ' ', '(', ')' and a leading '+' (電話番号の形式が不正です)");
		}
		return phone;
	}

}
