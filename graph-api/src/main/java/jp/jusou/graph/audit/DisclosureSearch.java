package jp.jusou.graph.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.identification.PersonName;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * 開示請求 started from a name: the privacy officer gives the name (or kana) and birth year
 * the requester's identity document shows, and is answered the persons they match — name,
 * kana, birth year, the household's address and area — to confirm which one the request
 * is about before opening its trail. Audited as a read of the persons answered.
 */
@Component
record DisclosureSearch(NamedQueries graph, Clock clock) {

	/** One person the request may be about (the schema's {@code DisclosureCandidate}). */
	record DisclosureCandidate(String personId, String name, String nameKana, int birthYear, String address,
			Area area) {
	}

	List<DisclosureCandidate> find(AccessSubject subject, String name, String nameKana, Integer birthYear) {
		String toldName = Validate.optionalText("name", name, 100);
		String toldKana = Validate.optionalText("nameKana", nameKana, 100);
		if (toldName == null && toldKana == null) {
			throw new InvalidArgumentException("name", "name-or-kana",
					"give the name or the kana the requester's document shows (氏名またはカナを入力してください)");
		}
		int year = Validate.range("birthYear", birthYear, 1900, LocalDate.now(clock).getYear());
		List<DisclosureCandidate> candidates = graph.query("disclosure-candidates")
			.bindAll(Parameters.of("birthYear", year))
			.fetchAs(DisclosureCandidate.class)
			.mappedBy((types, record) -> {
				Value person = record.get("person");
				return new DisclosureCandidate(person.get("id").asString(), person.get("name").asString(null),
						person.get("nameKana").asString(null), person.get("birthYear").asInt(),
						record.get("address").asString(null), Area.from(record.get("area")));
			})
			.all()
			.stream()
			.filter(candidate -> PersonName.matches(toldName, toldKana, candidate.name(), candidate.nameKana()))
			.toList();
		Set<String> persons = new TreeSet<>();
		candidates.forEach(candidate -> persons.add(candidate.personId()));
		subject.recordRead(new PersonalDataRead(Set.of(), persons,
				persons.isEmpty() ? Set.of() : Set.of("PRIVACY_OFFICER"), Set.of(), Set.of(), Set.of(), 0));
		return candidates;
	}

}
