package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jp.jusou.graph.support.Field;
import org.neo4j.driver.Value;

/**
 * A consent that names the user's agency as grantee (FHIR Consent vocabulary): whose data, permit or
 * deny, which categories, for which purposes, in which period, revoked or not.
 */
public record ConsentGrant(String id, String subjectId, String decision, Set<Field> categories, Set<String> purposes,
		LocalDate validFrom, LocalDate validTo, boolean revoked) {

	public static ConsentGrant from(Value map) {
		return new ConsentGrant(map.get("id").asString(), map.get("subjectId").asString(),
				map.get("decision").asString("PERMIT"),
				map.get("categories").asList(Value::asString).stream().map(Field::of).collect(Collectors.toSet()),
				Set.copyOf(map.get("purposes").asList(Value::asString)),
				map.get("validFrom").isNull() ? LocalDate.MIN : map.get("validFrom").asLocalDate(),
				map.get("validTo").isNull() ? LocalDate.MAX : map.get("validTo").asLocalDate(),
				!map.get("revokedAt").isNull());
	}

	/** In force today for this purpose: within its period (both ends included) and not revoked. */
	public boolean inForce(LocalDate today, String purpose) {
		return !revoked && !today.isBefore(validFrom) && !today.isAfter(validTo) && purposes.contains(purpose);
	}

	/** A permit in force today for this purpose, whatever the category. */
	public boolean permits(LocalDate today, String purpose) {
		return "PERMIT".equals(decision) && inForce(today, purpose);
	}

	public boolean permits(LocalDate today, String purpose, Field category) {
		return permits(today, purpose) && categories.contains(category);
	}

	/** A deny in force today for this purpose and category: it wins over any permit. */
	public boolean denies(LocalDate today, String purpose, Field category) {
		return "DENY".equals(decision) && inForce(today, purpose) && categories.contains(category);
	}
}
