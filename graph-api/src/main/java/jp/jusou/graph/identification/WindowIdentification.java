package jp.jusou.graph.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * The one way an agency may give itself a basis for a person already in the graph: the
 * person is in front of its window and says who they are. Opening a case
 * ({@code recordConsultation}) or recording a consent ({@code recordConsent}) for a
 * person the agency has no basis for needs the name (or kana) and birth year as told, and
 * they must match the graph's once normalised ({@link PersonName}). A mismatch is
 * refused, audited as a withheld attempt, and says nothing of what the graph holds.
 */
@Service
public record WindowIdentification(NamedQueries graph, Clock clock) {

	/**
	 * Checks what a person told a window — the name or the kana (at most 100 characters
	 * each), and a birth year from 1900 to this year — and answers the birth year.
	 * @param argument where it is in the input, e.g. {@code input.asTold}
	 */
	static int checked(String argument, PersonAsTold told, LocalDate today) {
		boolean noName = told.name() == null || told.name().isBlank();
		if (noName && (told.nameKana() == null || told.nameKana().isBlank())) {
			throw new InvalidArgumentException(argument + ".name", "name-or-kana",
					"give the name or the kana as told (氏名またはカナを入力してください)");
		}
		Validate.optionalText(argument + ".name", told.name(), 100);
		Validate.optionalText(argument + ".nameKana", told.nameKana(), 100);
		return Validate.range(argument + ".birthYear", told.birthYear(), 1900, today.getYear());
	}

	/**
	 * @param argument where the identification is in the input, e.g. {@code input.asTold}
	 * @param why what the identification is needed for, in the error when it is missing
	 */
	public void require(AccessSubject subject, String argument, PersonAsTold told, String personId, String householdId,
			String why) {
		if (told == null) {
			throw new InvalidArgumentException(argument, "required-without-basis",
					why + ": give the name (or kana) and birth year the person told you (" + argument + ") (自機関に閲覧の根拠の"
							+ "ない本人です。窓口で聞き取った氏名またはカナと生年を入力してください)");
		}
		int birthYear = checked(argument, told, LocalDate.now(clock));
		Record registered = graph.single("person-as-registered", Parameters.of("personId", personId))
			.orElseThrow(() -> new NotFoundException(argument, "person", personId));
		boolean sameYear = !registered.get("birthYear").isNull() && registered.get("birthYear").asInt() == birthYear;
		if (!sameYear || !PersonName.matches(told.name(), told.nameKana(), registered.get("name").asString(null),
				registered.get("nameKana").asString(null))) {
			subject.recordRead(new PersonalDataRead(householdId == null ? Set.of() : Set.of(householdId), Set.of(),
					Set.of(), Set.of(), Set.of(personId), Set.of(), 1));
			throw new InvalidArgumentException(argument, "identification-mismatch",
					"the name and birth year given do not match the person with this id; check the id, or register the"
							+ " person as met for the first time (本人確認の内容が登録内容と一致しません。IDを確認してください)");
		}
	}

}
