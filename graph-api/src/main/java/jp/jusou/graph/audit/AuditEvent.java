package jp.jusou.graph.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

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

	/** The event from its fields: a map value, or a row whose columns are the fields. */
	static AuditEvent from(MapAccessor map) {
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
			return AuditOutcome.SHOWN.name();
		}
		return withheldPersonIds.contains(personId) ? AuditOutcome.WITHHELD.name() : outcome;
	}

	/** The event recording {@code entry}, at {@code sequence} in the chain. */
	static AuditEvent of(AuditEntry entry, long sequence, String agencyId, String previousHash, String hash,
			String keyId) {
		PersonalDataRead read = entry.read();
		boolean shown = !read.shownPersonIds().isEmpty() || !read.bases().isEmpty();
		AuditOutcome outcome = read.withheldCount() == 0 ? AuditOutcome.SHOWN
				: shown ? AuditOutcome.PARTIAL : AuditOutcome.WITHHELD;
		return new AuditEvent(sequence, entry.at().toString(), entry.staffId(), entry.username(), agencyId,
				read.operation(), outcome.name(), entry.purpose(), sorted(read.householdIds()),
				sorted(read.shownPersonIds()), sorted(read.bases()),
				sorted(read.shownCategories().stream().map(Enum::name).toList()), sorted(read.withheldPersonIds()),
				sorted(read.withheldCategories().stream().map(Enum::name).toList()), read.withheldCount(), previousHash,
				hash, keyId);
	}

	/** The event as the append writes it, sealed with {@code hash}. */
	Map<String, Object> row(String hash) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", UUID.randomUUID().toString());
		row.put("sequence", sequence());
		row.put("at", at());
		row.put("staffId", staffId());
		row.put("username", username());
		row.put("agencyId", agencyId());
		row.put("operation", operation());
		row.put("outcome", outcome());
		row.put("purpose", purpose());
		row.put("householdIds", householdIds());
		row.put("shownPersonIds", shownPersonIds());
		row.put("bases", bases());
		row.put("shownCategories", shownCategories());
		row.put("withheldPersonIds", withheldPersonIds());
		row.put("withheldCategories", withheldCategories());
		row.put("withheldCount", withheldCount());
		row.put("previousHash", previousHash());
		row.put("hash", hash);
		row.put("keyId", keyId());
		return row;
	}

	private static List<String> sorted(Collection<String> values) {
		return List.copyOf(new TreeSet<>(values));
	}

}
