package jp.jusou.graph.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;

import org.springframework.stereotype.Service;

/**
 * {@code identifyPerson}: a window with a person in front of it finds that person's id
 * from what they say of themselves — name or kana and birth year, and the household or
 * the address when given — so that it can open a case or record a consent ({@code asTold}
 * still checks them there). The id is answered only when exactly one person matches; the
 * step is kept and listed for the privacy officer (selfGrantedBases, kind IDENTIFICATION)
 * and audited; a mismatch says nothing of what the graph holds, is audited as a withheld
 * attempt, and counts towards a brake against enumeration ({@link IdentificationBrake}).
 */
@Service
public record PersonIdentification(NamedQueries graph, Clock clock, IdentificationBrake brake) {

	/** The input, as the schema defines it. */
	public record IdentifyPersonInput(String name, String nameKana, Integer birthYear, String householdId,
			String address) {
	}

	/** The answer: the person and their household. */
	public record IdentifiedPerson(String personId, String householdId, String identificationId) {
	}

	private record Row(String personId, String name, String nameKana, String householdId, String address) {
	}

	public IdentifiedPerson identify(AccessSubject subject, IdentifyPersonInput input) {
		LocalDate today = LocalDate.now(clock);
		int birthYear = WindowIdentification.checked("input",
				new PersonAsTold(input.name(), input.nameKana(), input.birthYear()), today);
		String householdId = input.householdId() == null ? null : Validate.id("input.householdId", input.householdId());
		String address = PersonName.normalise(Validate.optionalText("input.address", input.address(), 200));
		if (brake.braked(subject.staffId())) {
			refused(subject);
			throw new InvalidArgumentException("input", "too-many-attempts",
					"too many identifications that matched nobody; wait " + IdentificationBrake.WINDOW.toMinutes()
							+ " minutes (照合できない本人確認が続いたため、しばらく時間をおいてください)");
		}
		List<Row> matches = graph.query("person-identify")
			.bind(birthYear)
			.to("birthYear")
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(row.get("personId").asString(), row.get("name").asString(null),
					row.get("nameKana").asString(null), row.get("householdId").asString(null),
					row.get("address").asString(null)))
			.all()
			.stream()
			.filter(row -> PersonName.matches(input.name(), input.nameKana(), row.name(), row.nameKana()))
			.filter(row -> householdId == null || householdId.equals(row.householdId()))
			.filter(row -> address.isEmpty() || address.equals(PersonName.normalise(row.address())))
			.toList();
		if (matches.size() != 1) {
			brake.failed(subject.staffId());
			refused(subject);
			throw new InvalidArgumentException("input", "identification-mismatch",
					"no single person matches what was told; check the spelling and birth year, or add the household"
							+ " or the address — or register the person as met for the first time"
							+ " (一人に特定できません。氏名・生年を確認し、世帯または住所を加えてください。初めての方は新規登録してください)");
		}
		Row match = matches.get(0);
		String identificationId = "identification-" + UUID.randomUUID();
		graph.query("person-identify-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "personId", match.personId(), "identificationId",
					identificationId, "today", today))
			.run();
		subject.recordRead(new PersonalDataRead(match.householdId() == null ? Set.of() : Set.of(match.householdId()),
				Set.of(match.personId()), Set.of("IDENTIFIED_AT_WINDOW"), Set.of(), Set.of(), Set.of(), 0));
		return new IdentifiedPerson(match.personId(), match.householdId(), identificationId);
	}

	/** A refused identification, audited as a withheld attempt naming nobody. */
	private static void refused(AccessSubject subject) {
		subject.recordRead(new PersonalDataRead(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1));
	}

}
