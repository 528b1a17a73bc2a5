package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jp.jusou.graph.support.Field;
import org.neo4j.driver.Value;

/**
 * A consent of a household member (FHIR Consent vocabulary): whose data, permit or deny,
 * which categories, for which purposes, in which period, revoked or not, and whom it
 * names — agencies ({@code GRANTS_TO}) and, with {@code meetingParticipants}, every
 * agency attending a 重層的支援会議 that discusses the person.
 */
public record ConsentGrant(String id, String subjectId, String decision, Set<Field> categories, Set<String> purposes,
		LocalDate validFrom, LocalDate validTo, boolean revoked, Set<String> grantees, boolean meetingParticipants) {

	public static ConsentGrant from(Value map) {
		return new ConsentGrant(map.get("id").asString(), map.get("subjectId").asString(),
				map.get("decision").asString("PERMIT"),
				map.get("categories").asList(Value::asString).stream().map(Field::of).collect(Collectors.toSet()),
				Set.copyOf(map.get("purposes").asList(Value::asString)),
				map.get("validFrom").isNull() ? LocalDate.MIN : map.get("validFrom").asLocalDate(),
				map.get("validTo").isNull() ? LocalDate.MAX : map.get("validTo").asLocalDate(),
				!map.get("revokedAt").isNull(),
				Set.copyOf(map.get("grantees").asList(Value::asString, java.util.List.of())),
				map.get("meetingParticipants").asBoolean(false));
	}

	/**
	 * In force on {@code day} for this purpose: within its period (both ends included)
	 * and not revoked.
	 */
	public boolean inForce(LocalDate day, String purpose) {
		return !revoked && !day.isBefore(validFrom) && !day.isAfter(validTo) && purposes.contains(purpose);
	}

	public boolean isPermit() {
		return "PERMIT".equals(decision);
	}

	public boolean isDeny() {
		return "DENY".equals(decision);
	}
}
