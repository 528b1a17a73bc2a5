package jp.jusou.graph.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.casework.CaseworkInputs.NewHouseholdInput;
import jp.jusou.graph.casework.CaseworkInputs.NewPersonInput;
import jp.jusou.graph.casework.CaseworkInputs.RecordConsultationInput;
import jp.jusou.graph.household.Relation;
import jp.jusou.graph.identification.WindowIdentification;
import jp.jusou.graph.kept.KeptFacts;
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
 * 包括的相談支援: a consultation opens or extends the agency's case (referrals are
 * {@link Referrals}, closing {@link CaseClosing}). Every rule is checked before the first
 * write; it is one write transaction, so a broken rule leaves the graph as it was.
 */
@Service
public record CaseworkService(NamedQueries graph, HeldCases cases, AccessFacts access,
		WindowIdentification identification, RegistrationCandidates registrationCandidates, Clock clock,
		KeptFacts keptFacts) {

	public static final int MAX_MEMBERS = 20;

	static final Pattern PHONE = Pattern.compile("\\+?[0-9() -]{6,20}");

	/**
	 * What recordConsultation did: the consultation and its case; or, for a new household
	 * whose members may already be in the graph, only the candidates (nothing written).
	 */
	public record ConsultationResult(Consultation consultation, CaseRecord caseRecord, boolean openedCase,
			String householdId, List<RegistrationCandidates.Candidate> candidates) {
	}

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
		String sessionId = input.sessionId() == null ? null : Validate.id("input.sessionId", input.sessionId());
		if ((sessionId != null) != (input.channel() == ConsultationChannel.CONSULTATION_EVENT)) {
			throw new InvalidArgumentException(sessionId != null ? "input.channel" : "input.sessionId",
					"session-with-consultation-event",
					"a consultation taken at a 相談会 has channel CONSULTATION_EVENT and names the session, both or neither"
							+ " (相談会で受けた相談は、相談経路「相談会」と開催記録をあわせて指定してください)");
		}
		List<Map<String, Object>> members = existing ? List.of() : members(input.newHousehold(), today);
		String personId = existing ? Validate.id("input.personId", input.personId())
				: (String) members.get(0).get("id");
		NewHouseholdInput household = input.newHousehold();
		Record check = graph
			.single("casework-consultation-check",
					Parameters.of("personId", personId, "areaId", household == null ? null : household.areaId(),
							"staffId", subject.staffId(), "sessionId", sessionId))
			.orElseThrow();
		if (check.get("agencyId").isNull()) {
			throw NoBasisException.withoutAgency();
		}
		if (!check.get("sessionExists").asBoolean()) {
			throw new NotFoundException("input.sessionId", "activity session", sessionId);
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
						"your agency holds no open case about this person, so this consultation opens one");
				priorBasis = access.forPerson(subject, personId)
					.flatMap(AccessFacts.PersonStanding::identity)
					.map(Basis::code)
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
			graph.query("casework-register-household")
				.bindAll(Parameters.of("householdId", householdId, "areaId", household.areaId(), "address",
						Validate.text("input.newHousehold.address", household.address(), 200), "patterns",
						household.patterns() == null ? List.of()
								: household.patterns().stream().map(Enum::name).distinct().toList(),
						"latitude", location == null ? null : location.latitude(), "longitude",
						location == null ? null : location.longitude(), "date", input.date(), "staffId",
						subject.staffId(), "members", members))
				.run();
		}
		Record written = graph.single("casework-record-consultation",
				Parameters.of("staffId", subject.staffId(), "personId", personId, "caseId", "case-" + UUID.randomUUID(),
						"consultationId", "consultation-" + UUID.randomUUID(), "date", input.date(), "fields",
						input.fields().stream().map(Enum::name).distinct().toList(), "topics",
						input.topics().stream().map(Enum::name).distinct().toList(), "channel", input.channel().name(),
						"consultedBy", (input.consultedBy() == null ? ConsultedBy.SELF : input.consultedBy()).name(),
						"sessionId", sessionId, "summary", summary, "origin", origin, "priorBasis", priorBasis))
			.orElseThrow();
		keptFacts.afterWrite(Set.of(personId), householdIds(householdId));
		CaseRecord caseRecord = cases.caseById(written.get("caseId").asString(), "input.personId");
		subject.recordRead(new PersonalDataRead(householdIds(householdId), Set.of(personId), Set.of("OWN_AGENCY"),
				Set.of(caseRecord.field()), Set.of(), Set.of(), 0));
		return new ConsultationResult(Consultation.from(written.get("consultation")), caseRecord,
				written.get("opened").asBoolean(), existing ? null : householdId, List.of());
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
		if (Relation.of(person.relation()).isEmpty()) {
			throw new InvalidArgumentException(at + ".relation", "one-of",
					"must be one of " + Arrays.toString(Relation.values()) + " (続柄コードが不正です)");
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
