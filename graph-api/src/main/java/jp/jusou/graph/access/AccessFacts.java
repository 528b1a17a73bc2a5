package jp.jusou.graph.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "may this user see this person" for features that do not read the household for
 * the client (consents, participation, meetings): reads the access facts and asks
 * {@link AccessPolicy}. Reads nothing the client sees, so it audits nothing itself; the
 * caller records what it then shows or refuses.
 */
@Service
@Transactional(readOnly = true)
public class AccessFacts {

	/** A person's household and the user's basis for the person's identity, if any. */
	public record PersonStanding(String householdId, HouseholdAccess access, Optional<Basis> identity) {
	}

	private final NamedQueries graph;

	private final AccessPolicy policy;

	AccessFacts(NamedQueries graph, AccessPolicy policy) {
		this.graph = graph;
		this.policy = policy;
	}

	/**
	 * The person's household and the user's basis for who they are; empty when there is
	 * no such person.
	 */
	public Optional<PersonStanding> forPerson(AccessSubject subject, String personId) {
		return graph.query("access-person")
			.bindAll(Parameters.of("staffId", subject.staffId(), "personId", personId))
			.fetchAs(PersonStanding.class)
			.mappedBy((types, record) -> {
				HouseholdAccess access = HouseholdAccess.from(record.get("access"));
				return new PersonStanding(record.get("householdId").asString(), access,
						policy.identity(access, personId, subject));
			})
			.one();
	}

	/**
	 * The rows of a list whose person the user has an identity basis for — the policy's
	 * decision, as for every read of a person — with the read recorded: the persons and
	 * households shown on their bases, the others withheld and counted. A list's query
	 * says which records are the agency's; this says whom it may know them to be about.
	 */
	public <T> List<T> identified(AccessSubject subject, List<T> rows, Function<T, String> personId,
			Function<T, String> householdId) {
		Set<String> households = new TreeSet<>();
		Set<String> persons = new TreeSet<>();
		Set<String> bases = new TreeSet<>();
		Set<String> withheld = new TreeSet<>();
		List<T> shown = rows.stream().filter(row -> {
			Optional<Basis> basis = forPerson(subject, personId.apply(row)).flatMap(PersonStanding::identity);
			basis.ifPresentOrElse(found -> {
				persons.add(personId.apply(row));
				bases.add(found.code());
				Optional.ofNullable(householdId.apply(row)).ifPresent(households::add);
			}, () -> withheld.add(personId.apply(row)));
			return basis.isPresent();
		}).toList();
		subject.recordRead(new PersonalDataRead(households, persons, bases, Set.of(), withheld, Set.of(),
				rows.size() - shown.size()));
		return shown;
	}

}
