package jp.jusou.graph.outreach;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Idempotency;
import jp.jusou.graph.access.Role;
import jp.jusou.graph.outreach.OutreachAssignments.AssignOutreachInput;
import jp.jusou.graph.outreach.OutreachAssignments.OutreachAssignment;
import jp.jusou.graph.outreach.OutreachInputs.RecordSignalInput;
import jp.jusou.graph.outreach.OutreachInputs.RecordVisitInput;
import jp.jusou.graph.outreach.OutreachService.HouseholdContact;
import jp.jusou.graph.outreach.OutreachService.SignalPayload;
import jp.jusou.graph.outreach.OutreachService.UnreachedHousehold;
import jp.jusou.graph.outreach.OutreachService.VisitCount;
import jp.jusou.graph.outreach.OutreachService.VisitPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Signals, visits and the outreach lists. */
@Controller
class OutreachController {

	private final OutreachService outreach;

	private final OutreachAssignments assignments;

	private final Idempotency idempotency;

	OutreachController(OutreachService outreach, OutreachAssignments assignments, Idempotency idempotency) {
		this.outreach = outreach;
		this.assignments = assignments;
		this.idempotency = idempotency;
	}

	@QueryMapping
	List<OutreachAssignment> outreachAssignments(@Argument Boolean inForce, @Argument Integer first,
			Principal principal, GraphQLContext context) {
		AccessSubject subject = caseWorker(principal, context, "outreachAssignments");
		return assignments.list(subject, inForce == null || inForce,
				Arguments.pageSize("first", first == null ? 100 : first, 1000));
	}

	@MutationMapping
	OutreachAssignment endOutreachAssignment(@Argument EndOutreachAssignmentInput input, Principal principal,
			GraphQLContext context) {
		AccessSubject subject = caseWorker(principal, context, "Mutation.endOutreachAssignment");
		return idempotency.once(context, subject, "Mutation.endOutreachAssignment", OutreachAssignment.class,
				() -> assignments.end(subject, input.assignmentId(), input.reason()));
	}

	/** The input of endOutreachAssignment, as the schema defines it. */
	record EndOutreachAssignmentInput(String assignmentId, String reason) {
	}

	@MutationMapping
	OutreachAssignment assignOutreach(@Argument AssignOutreachInput input, Principal principal,
			GraphQLContext context) {
		AccessSubject subject = caseWorker(principal, context, "Mutation.assignOutreach");
		return idempotency.once(context, subject, "Mutation.assignOutreach", OutreachAssignment.class,
				() -> assignments.assign(subject, input));
	}

	@MutationMapping
	SignalPayload recordSignal(@Argument RecordSignalInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = caseWorker(principal, context, "Mutation.recordSignal");
		return idempotency.once(context, subject, "Mutation.recordSignal", SignalPayload.class,
				() -> outreach.recordSignal(subject, input));
	}

	@MutationMapping
	VisitPayload recordVisit(@Argument RecordVisitInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = caseWorker(principal, context, "Mutation.recordVisit");
		return idempotency.once(context, subject, "Mutation.recordVisit", VisitPayload.class,
				() -> outreach.recordVisit(subject, input));
	}

	@QueryMapping
	List<UnreachedHousehold> unreachedHouseholds(@Argument String areaId, Principal principal, GraphQLContext context) {
		AccessSubject subject = caseWorker(principal, context, "unreachedHouseholds")
			.requireAnyRole(Set.of(Role.CSW, Role.COORDINATOR), "unreachedHouseholds");
		return outreach.unreached(subject, areaId);
	}

	@QueryMapping
	List<HouseholdContact> householdsWithoutRecentContact(@Argument Integer days, Principal principal,
			GraphQLContext context) {
		return outreach.withoutRecentContact(caseWorker(principal, context, "householdsWithoutRecentContact"), days);
	}

	@QueryMapping
	List<VisitCount> visitCounts(@Argument LocalDate from, @Argument LocalDate to, Principal principal,
			GraphQLContext context) {
		return outreach.visitCounts(caseWorker(principal, context, "visitCounts"), from, to);
	}

	private static AccessSubject caseWorker(Principal principal, GraphQLContext context, String field) {
		return AccessSubject.from(principal, context).requirePersonLevelRead(field);
	}

}
