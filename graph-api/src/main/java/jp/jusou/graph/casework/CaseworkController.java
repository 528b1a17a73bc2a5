package jp.jusou.graph.casework;

import jp.jusou.graph.casework.CaseworkInputs.CaseChangeInput;
import jp.jusou.graph.casework.CaseworkInputs.RecordConsultationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferToCoordinationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReturnToAgencyInput;
import jp.jusou.graph.casework.CaseworkService.ConsultationResult;
import jp.jusou.graph.casework.Referrals.ReferralResult;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recordConsultation}, {@code referToCoordination}, {@code returnToAgency}. */
@Controller
record CaseworkController(CaseworkService casework, Referrals referrals, CaseClosing closing) {

	@MutationMapping
	@Requires(personLevel = true)
	ConsultationResult recordConsultation(@Argument RecordConsultationInput input, AccessSubject subject) {
		return casework.recordConsultation(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	ReferralResult referToCoordination(@Argument ReferToCoordinationInput input, AccessSubject subject) {
		return referrals.referToCoordination(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	ReferralResult returnToAgency(@Argument ReturnToAgencyInput input, AccessSubject subject) {
		return referrals.returnToAgency(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	ReferralResult refer(@Argument ReferInput input, AccessSubject subject) {
		return referrals.refer(subject, input);
	}

	/** The schema's {@code CasePayload} (its field {@code case} is a Java keyword). */
	record CasePayload(CaseRecord caseRecord) {
	}

	@MutationMapping
	@Requires(personLevel = true)
	CasePayload closeCase(@Argument CaseChangeInput input, AccessSubject subject) {
		return new CasePayload(closing.closeCase(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	CasePayload reopenCase(@Argument CaseChangeInput input, AccessSubject subject) {
		return new CasePayload(closing.reopenCase(subject, input));
	}

	@SchemaMapping(typeName = "CasePayload", field = "case")
	CaseRecord changedCase(CasePayload payload) {
		return payload.caseRecord();
	}

	@SchemaMapping(typeName = "ConsultationPayload", field = "case")
	CaseRecord consultationCase(ConsultationResult result) {
		return result.caseRecord();
	}

}
