package jp.jusou.graph.consent;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.Field;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A consent as the API shows it, and the agency that recorded it (for the revocation
 * rule).
 */
public record Consent(String id, String subjectId, ConsentDecision decision, List<Field> categories,
		List<PurposeOfUse> purposes, List<Agency> grantees, boolean meetingParticipants, LocalDate validFrom,
		LocalDate validTo, ConsentVerification verification, String revokedAt, String recordedByAgencyId) {

	static Consent from(Record record) {
		Value consent = record.get("consent");
		return new Consent(consent.get("id").asString(), consent.get("subjectId").asString(),
				ConsentDecision.valueOf(consent.get("decision").asString()),
				consent.get("categories").asList(value -> Field.of(value.asString())),
				consent.get("purposes").asList(value -> PurposeOfUse.valueOf(value.asString())),
				record.get("grantees").asList(Agency::from), consent.get("meetingParticipants").asBoolean(),
				consent.get("validFrom").asLocalDate(), consent.get("validTo").asLocalDate(),
				ConsentVerification.valueOf(consent.get("verification").asString("SIGNED")),
				consent.get("revokedAt").asString(null), record.get("recordedByAgencyId").asString(null));
	}
}
