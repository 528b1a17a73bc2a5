package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.casework.CaseworkInputs.NewHouseholdInput;
import jp.jusou.graph.casework.CaseworkInputs.NewPersonInput;
import jp.jusou.graph.identification.PersonName;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.AgeBand;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * Find before you register (名寄せ): the persons already in the graph who may be a new
 * household's members — same birth year, and the name or kana as told once normalised
 * (NFKC, kana width, hiragana as katakana, no spaces); the same address ranks first. A
 * candidate's name shows only where the user has a basis for it; otherwise its id,
 * household, area and age band let the window choose it and identify the person with
 * {@code asTold}, or confirm a new registration.
 */
@Service
class RegistrationCandidates {

	/**
	 * One person who may be the new member given at {@code argument} (the schema's
	 * {@code RegistrationCandidate}).
	 */
	record Candidate(String argument, String personId, String householdId, Area area, String ageBand,
			List<String> matchedOn, String name, Basis basis, Withheld identityWithheld) {
	}

	private final NamedQueries graph;

	private final AccessPolicy policy;

	RegistrationCandidates(NamedQueries graph, AccessPolicy policy) {
		this.graph = graph;
		this.policy = policy;
	}

	/**
	 * The candidates for every member of the new household, consultee first; audited when
	 * there are any.
	 */
	List<Candidate> find(AccessSubject subject, NewHouseholdInput household, LocalDate today) {
		List<NewPersonInput> people = new ArrayList<>();
		List<String> arguments = new ArrayList<>();
		people.add(household.consultee());
		arguments.add("input.newHousehold.consultee");
		List<NewPersonInput> others = household.others() == null ? List.of() : household.others();
		for (int i = 0; i < others.size(); i++) {
			people.add(others.get(i));
			arguments.add("input.newHousehold.others[" + i + "]");
		}
		List<Record> rows = List.copyOf(graph.query("person-candidates")
			.bindAll(Parameters.of("birthYears", people.stream().map(NewPersonInput::birthYear).distinct().toList(),
					"staffId", subject.staffId()))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all());
		String address = PersonName.normalise(household.address());
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			NewPersonInput told = people.get(i);
			List<Candidate> forThisMember = new ArrayList<>();
			for (Record row : rows) {
				var person = row.get("person");
				if (person.get("birthYear").asInt() != told.birthYear() || !PersonName.matches(told.name(),
						told.nameKana(), person.get("name").asString(null), person.get("nameKana").asString(null))) {
					continue;
				}
				forThisMember.add(candidate(subject, arguments.get(i), row, address, today));
			}
			forThisMember.sort(Comparator
				.comparing((Candidate candidate) -> !candidate.matchedOn().contains(MatchedOn.ADDRESS.name()))
				.thenComparing(Candidate::personId));
			candidates.addAll(forThisMember);
		}
		if (!candidates.isEmpty()) {
			audit(subject, candidates);
		}
		return List.copyOf(candidates);
	}

	private Candidate candidate(AccessSubject subject, String argument, Record row, String address, LocalDate today) {
		var person = row.get("person");
		String personId = person.get("id").asString();
		List<String> matchedOn = new ArrayList<>(List.of(MatchedOn.NAME.name(), MatchedOn.BIRTH_YEAR.name()));
		if (!address.isEmpty() && address.equals(PersonName.normalise(row.get("address").asString(null)))) {
			matchedOn.add(MatchedOn.ADDRESS.name());
		}
		Optional<Basis> basis = row.get("access").isNull() ? Optional.empty()
				: policy.identity(HouseholdAccess.from(row.get("access")), personId, subject);
		return new Candidate(argument, personId, row.get("householdId").asString(null), Area.from(row.get("area")),
				AgeBand.of(person.get("birthYear").asInt(), today.getYear()), List.copyOf(matchedOn),
				basis.map(granted -> person.get("name").asString()).orElse(null), basis.orElse(null),
				basis.isPresent() ? null : Withheld.identities(1));
	}

	private static void audit(AccessSubject subject, List<Candidate> candidates) {
		Set<String> households = new TreeSet<>();
		Set<String> shown = new TreeSet<>();
		Set<String> bases = new TreeSet<>();
		Set<String> withheld = new TreeSet<>();
		for (Candidate candidate : candidates) {
			if (candidate.householdId() != null) {
				households.add(candidate.householdId());
			}
			if (candidate.basis() != null) {
				shown.add(candidate.personId());
				bases.add(candidate.basis().code());
			}
			else {
				withheld.add(candidate.personId());
			}
		}
		subject
			.recordRead(new PersonalDataRead(households, shown, bases, Set.of(), withheld, Set.of(), withheld.size()));
	}

}
