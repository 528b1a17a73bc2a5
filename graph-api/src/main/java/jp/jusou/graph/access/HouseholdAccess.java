package jp.jusou.graph.access;

import java.util.List;
import java.util.Set;

import org.neo4j.driver.Value;

/**
 * What the graph shows about the reader's standing towards one household, read by the
 * {@code facts} section of {@code fragments/access.cypher} in the same query as the
 * household: the reader's agency and whether it is the 多機関協働 body, the members, those its
 * agency holds a case about, whether it visited the home, the meetings it attended on the
 * household, and every member's consents. {@link AccessPolicy} decides on these alone.
 */
public record HouseholdAccess(String agencyId, boolean coordinationBody, List<String> memberIds,
		Set<String> ownCasePersonIds, boolean ownVisit, List<MeetingFact> meetings, List<ConsentGrant> consents) {

	/** Reads the {@code access} map that the household queries return. */
	public static HouseholdAccess from(Value map) {
		return new HouseholdAccess(map.get("agencyId").asString(null), map.get("coordinationBody").asBoolean(false),
				map.get("memberIds").asList(Value::asString),
				Set.copyOf(map.get("ownCasePersonIds").asList(Value::asString)), map.get("ownVisit").asBoolean(false),
				map.get("meetings").asList(MeetingFact::from), map.get("consents").asList(ConsentGrant::from));
	}

	/** True when the reader's agency holds a case about the person. */
	public boolean holdsCaseAbout(String personId) {
		return ownCasePersonIds.contains(personId);
	}
}
