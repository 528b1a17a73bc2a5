package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
		Map<String, LocalDate> membersJoined, Set<String> ownCasePersonIds,
		List<OutreachAssignmentFact> outreachAssignments, List<MeetingFact> meetings, List<ConsentGrant> consents) {

	/** Reads the {@code access} map that the household queries return. */
	public static HouseholdAccess from(Value map) {
		return new HouseholdAccess(map.get("agencyId").asString(null), map.get("coordinationBody").asBoolean(false),
				map.get("memberIds").asList(Value::asString), joined(map.get("membersJoined")),
				Set.copyOf(map.get("ownCasePersonIds").asList(Value::asString)),
				map.get("outreachAssignments").asList(OutreachAssignmentFact::from, List.of()),
				map.get("meetings").asList(MeetingFact::from), map.get("consents").asList(ConsentGrant::from));
	}

	private static Map<String, LocalDate> joined(Value rows) {
		Map<String, LocalDate> joined = new HashMap<>();
		if (!rows.isNull()) {
			rows.asList(row -> row)
				.forEach(row -> joined.put(row.get("personId").asString(), row.get("since").asLocalDate()));
		}
		return Map.copyOf(joined);
	}

	/** The day the person joined the household, or null when it is not recorded. */
	public LocalDate joined(String personId) {
		return membersJoined.get(personId);
	}

	/** True when the reader's agency holds a case about the person. */
	public boolean holdsCaseAbout(String personId) {
		return ownCasePersonIds.contains(personId);
	}
}
