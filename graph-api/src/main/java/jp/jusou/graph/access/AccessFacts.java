package jp.jusou.graph.access;

import java.util.Optional;

import jp.jusou.graph.request.AccessSubject;
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

}
