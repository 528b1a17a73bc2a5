package jp.jusou.graph.casework;

import java.security.Principal;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.support.Idempotency;
import jp.jusou.graph.casework.CaseworkInputs.RecordConsultationInput;
import jp.jusou.graph.casework.CaseworkInputs.CaseChangeInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferToCoordinationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReturnToAgencyInput;
import jp.jusou.graph.casework.CaseworkService.ConsultationResult;
import jp.jusou.graph.casework.CaseworkService.ReferralResult;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recordConsultation}, {@code referToCoordination}, {@code returnToAgency}. */
@Controller
class CaseworkController {

	private final CaseworkService casework;

	private final Idempotency idempotency;

	CaseworkController(CaseworkService casework, Idempotency idempotency) {
		this.casework = casework;
		this.idempotency = idempotency;
	}

	@MutationMapping
	ConsultationResult recordConsultation(@Argument RecordConsultationInput input, Principal principal,
			GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context)
			.requirePersonLevelRead("Mutation.recordConsultation");
		return idempotency.once(context, subject, "Mutation.recordConsultation", ConsultationResult.class,
				() -> casework.recordConsultation(subject, input));
	}

	@MutationMapping
	ReferralResult referToCoordination(@Argument ReferToCoordinationInput input, Principal principal,
			GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context)
			.requirePersonLevelRead("Mutation.referToCoordination");
		return idempotency.once(context, subject, "Mutation.referToCoordination", ReferralResult.class,
				() -> casework.referToCoordination(subject, input));
	}

	@MutationMapping
	ReferralResult returnToAgency(@Argument ReturnToAgencyInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context)
			.requirePersonLevelRead("Mutation.returnToAgency");
		return idempotency.once(context, subject, "Mutation.returnToAgency", ReferralResult.class,
				() -> casework.returnToAgency(subject, input));
	}

	@MutationMapping
	ReferralResult refer(@Argument ReferInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.refer");
		return idempotency.once(context, subject, "Mutation.refer", ReferralResult.class,
				() -> casework.refer(subject, input));
	}

	/** The schema's {@code CasePayload} (its field {@code case} is a Java keyword). */
	record CasePayload(CaseRecord caseRecord) {
	}

	@MutationMapping
	CasePayload closeCase(@Argument CaseChangeInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.closeCase");
		return idempotency.once(context, subject, "Mutation.closeCase", CasePayload.class,
				() -> new CasePayload(casework.closeCase(subject, input)));
	}

	@MutationMapping
	CasePayload reopenCase(@Argument CaseChangeInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.reopenCase");
		return idempotency.once(context, subject, "Mutation.reopenCase", CasePayload.class,
				() -> new CasePayload(casework.reopenCase(subject, input)));
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
