package jp.jusou.graph.audit;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * One stored audit event (FHIR AuditEvent in spirit): who, from which agency, did what to
 * whose data, for which purpose, on which bases, with what outcome; chained to the
 * previous event by hash, sealed under the key {@code keyId} (null: an event from before
 * the seal).
 */
public record AuditEvent(long sequence, String at, String staffId, String username, String agencyId, String operation,
		String outcome, String purpose, List<String> householdIds, List<String> shownPersonIds, List<String> bases,
		List<String> shownCategories, List<String> withheldPersonIds, List<String> withheldCategories,
		int withheldCount, String previousHash, String hash, String keyId) {

	static AuditEvent from(Value map) {
		return new AuditEvent(map.get("sequence").asLong(), map.get("at").asString(), map.get("staffId").asString(null),
				map.get("username").asString(null), map.get("agencyId").asString(null), map.get("operation").asString(),
				map.get("outcome").asString(), map.get("purpose").asString(), strings(map.get("householdIds")),
				strings(map.get("shownPersonIds")), strings(map.get("bases")), strings(map.get("shownCategories")),
				strings(map.get("withheldPersonIds")), strings(map.get("withheldCategories")),
				map.get("withheldCount").asInt(), map.get("previousHash").asString(), map.get("hash").asString(),
				map.get("keyId").asString(null));
	}

	private static List<String> strings(Value list) {
		return list.asList(Value::asString, List.of());
	}

	/** How this event concerned one person, for the audit trail. */
	public String outcomeFor(String personId) {
		if (shownPersonIds.contains(personId)) {
			return "SHOWN";
		}
		return withheldPersonIds.contains(personId) ? "WITHHELD" : outcome;
	}
}
