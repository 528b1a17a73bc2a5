package jp.jusou.graph.casework;

import java.security.Principal;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.casework.CaseworkInputs.RecordConsultationInput;
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

	CaseworkController(CaseworkService casework) {
		this.casework = casework;
	}

	@MutationMapping
	ConsultationResult recordConsultation(@Argument RecordConsultationInput input, Principal principal,
			GraphQLContext context) {
		return casework.recordConsultation(
				AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.recordConsultation"), input);
	}

	@MutationMapping
	ReferralResult referToCoordination(@Argument ReferToCoordinationInput input, Principal principal,
			GraphQLContext context) {
		return casework.referToCoordination(
				AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.referToCoordination"), input);
	}

	@MutationMapping
	ReferralResult returnToAgency(@Argument ReturnToAgencyInput input, Principal principal, GraphQLContext context) {
		return casework.returnToAgency(AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.returnToAgency"),
				input);
	}

	@SchemaMapping(typeName = "ConsultationPayload", field = "case")
	CaseRecord consultationCase(ConsultationResult result) {
		return result.caseRecord();
	}
}
