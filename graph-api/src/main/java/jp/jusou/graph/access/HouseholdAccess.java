package jp.jusou.graph.access;

import java.util.List;
import java.util.Set;

import org.neo4j.driver.Value;

/**
 * What the graph shows about the user's standing towards one household, read in the same query as
 * the household itself: the user's agency, members it holds cases about, whether it works with the
 * household as a whole (visit, plan coordination, plan role), the 支援会議 it attended on it, and
 * the consents that name it.
 */
public record HouseholdAccess(String agencyId, List<String> memberIds, Set<String> ownCasePersonIds,
		boolean ownHouseholdInvolvement, List<String> supportMeetingIds, List<ConsentGrant> consents) {

	/** Reads the {@code access} map that the household queries return. */
	public static HouseholdAccess from(Value map) {
		return new HouseholdAccess(map.get("agencyId").asString(null), map.get("memberIds").asList(Value::asString),
				Set.copyOf(map.get("ownCasePersonIds").asList(Value::asString)),
				map.get("ownHouseholdInvolvement").asBoolean(false),
				map.get("supportMeetingIds").asList(Value::asString),
				map.get("consents").asList(ConsentGrant::from));
	}
}
