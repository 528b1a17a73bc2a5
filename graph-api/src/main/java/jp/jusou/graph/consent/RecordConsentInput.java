package jp.jusou.graph.consent;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.identification.PersonAsTold;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.Field;

/**
 * What {@code recordConsent} receives; ConsentService checks every rule before anything
 * is written.
 */
public record RecordConsentInput(String subjectId, PersonAsTold asTold, String grantorId, String proxy,
		ConsentDecision decision, List<String> granteeAgencyIds, Boolean meetingParticipants, List<Field> categories,
		List<PurposeOfUse> purposes, LocalDate validFrom, LocalDate validTo, ConsentVerification verification) {
}
