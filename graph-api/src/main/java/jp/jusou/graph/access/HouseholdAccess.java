package jp.jusou.graph.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.jusou.graph.support.Field;
import org.neo4j.driver.Value;

/**
 * What the graph shows about the reader's standing towards one household, read by the {@code facts}
 * section of {@code fragments/access.cypher} in the same query as the household: the reader's agency,
 * the members, the reader's own cases about them, whether it visited the home, the meetings it
 * attended on the household, and every member's consents. {@link AccessPolicy} decides on these alone.
 */
public record HouseholdAccess(String agencyId, List<String> memberIds, List<OwnCase> ownCases, boolean ownVisit,
		List<MeetingFact> meetings, List<ConsentGrant> consents) {

	/** A case the reader's agency holds about a member, with the categories of its consultations. */
	public record OwnCase(String personId, String caseId, Set<Field> categories) {

		static OwnCase from(Value map) {
			return new OwnCase(map.get("personId").asString(), map.get("caseId").asString(), map.get("categories")
				.asList(Value::asString)
				.stream()
				.map(Field::of)
				.collect(Collectors.toSet()));
		}
	}

	/** Reads the {@code access} map that the household queries return. */
	public static HouseholdAccess from(Value map) {
		return new HouseholdAccess(map.get("agencyId").asString(null), map.get("memberIds").asList(Value::asString),
				map.get("ownCases").asList(OwnCase::from), map.get("ownVisit").asBoolean(false),
				map.get("meetings").asList(MeetingFact::from), map.get("consents").asList(ConsentGrant::from));
	}

	/** True when the reader's agency holds a case about the person. */
	public boolean holdsCaseAbout(String personId) {
		return ownCases.stream().anyMatch(ownCase -> ownCase.personId().equals(personId));
	}
}
