package jp.jusou.graph.access;

import java.time.LocalDate;

import org.neo4j.driver.Value;

/**
 * An outreach assignment of the reader's agency to a household (assignOutreach): the
 * 多機関協働 body, or a 支援会議 by decision, sent the agency to reach the household. In force
 * from {@code validFrom} to {@code validTo}, both included, unless revoked.
 */
public record OutreachAssignmentFact(String id, LocalDate validFrom, LocalDate validTo, boolean revoked) {

	public static OutreachAssignmentFact from(Value map) {
		return new OutreachAssignmentFact(map.get("id").asString(), map.get("validFrom").asLocalDate(),
				map.get("validTo").asLocalDate(), map.get("revoked").asBoolean(false));
	}

	/** True when the assignment holds on {@code day}. */
	public boolean inForce(LocalDate day) {
		return !revoked && !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

}
