package jp.jusou.graph.casework;

import jp.jusou.graph.casework.CaseworkInputs.CaseChangeInput;
import jp.jusou.graph.casework.CaseworkInputs.RecordConsultationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferToCoordinationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReturnToAgencyInput;
import jp.jusou.graph.casework.CaseworkService.ConsultationResult;
import jp.jusou.graph.casework.Referrals.ReferralResult;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Idempotency;
import jp.jusou.graph.request.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recordConsultation}, {@code referToCoordination}, {@code returnToAgency}. */
@Controller
class CaseworkController {

	private final CaseworkService casework;

	private final Referrals referrals;

	private final CaseClosing closing;

	private final Idempotency idempotency;

	CaseworkController(CaseworkService casework, Referrals referrals, CaseClosing closing, Idempotency idempotency) {
		this.casework = casework;
		this.referrals = referrals;
		this.closing = closing;
		this.idempotency = idempotency;
	}

	@MutationMapping
	@Requires(personLevel = true)
	ConsultationResult recordConsultation(@Argument RecordConsultationInput input, AccessSubject subject) {
		return idempotency.once(subject, ConsultationResult.class, () -> casework.recordConsultation(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	ReferralResult referToCoordination(@Argument ReferToCoordinationInput input, AccessSubject subject) {
		return idempotency.once(subject, ReferralResult.class, () -> referrals.referToCoordination(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	ReferralResult returnToAgency(@Argument ReturnToAgencyInput input, AccessSubject subject) {
		return idempotency.once(subject, ReferralResult.class, () -> referrals.returnToAgency(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	ReferralResult refer(@Argument ReferInput input, AccessSubject subject) {
		return idempotency.once(subject, ReferralResult.class, () -> referrals.refer(subject, input));
	}

	/** The schema's {@code CasePayload} (its field {@code case} is a Java keyword). */
	record CasePayload(CaseRecord caseRecord) {
	}

	@MutationMapping
	@Requires(personLevel = true)
	CasePayload closeCase(@Argument CaseChangeInput input, AccessSubject subject) {
		return idempotency.once(subject, CasePayload.class, () -> new CasePayload(closing.closeCase(subject, input)));
	}

	@MutationMapping
	@Requires(personLevel = true)
	CasePayload reopenCase(@Argument CaseChangeInput input, AccessSubject subject) {
		return idempotency.once(subject, CasePayload.class, () -> new CasePayload(closing.reopenCase(subject, input)));
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
