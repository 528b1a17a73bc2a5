package jp.jusou.graph.outreach;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.outreach.OutreachAssignments.AssignOutreachInput;
import jp.jusou.graph.outreach.OutreachAssignments.OutreachAssignment;
import jp.jusou.graph.outreach.OutreachInputs.RecordSignalInput;
import jp.jusou.graph.outreach.OutreachInputs.RecordVisitInput;
import jp.jusou.graph.outreach.OutreachService.HouseholdContact;
import jp.jusou.graph.outreach.OutreachService.SignalPayload;
import jp.jusou.graph.outreach.OutreachService.UnreachedHousehold;
import jp.jusou.graph.outreach.OutreachService.VisitCount;
import jp.jusou.graph.outreach.OutreachService.VisitDue;
import jp.jusou.graph.outreach.OutreachService.VisitPayload;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.Arguments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Signals, visits and the outreach lists. */
@Controller
record OutreachController(OutreachService outreach, OutreachAssignments assignments) {

	@QueryMapping
	@Requires(personLevel = true)
	List<OutreachAssignment> outreachAssignments(@Argument Boolean inForce, @Argument Integer first,
			AccessSubject subject) {
		return assignments.list(subject, inForce == null || inForce,
				Arguments.pageSize("first", first == null ? 100 : first, 1000));
	}

	@MutationMapping
	@Requires(personLevel = true)
	OutreachAssignment endOutreachAssignment(@Argument EndOutreachAssignmentInput input, AccessSubject subject) {
		return assignments.end(subject, input.assignmentId(), input.reason());
	}

	/** The input of endOutreachAssignment, as the schema defines it. */
	record EndOutreachAssignmentInput(String assignmentId, String reason) {
	}

	@MutationMapping
	@Requires(personLevel = true)
	OutreachAssignment assignOutreach(@Argument AssignOutreachInput input, AccessSubject subject) {
		return assignments.assign(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	SignalPayload recordSignal(@Argument RecordSignalInput input, AccessSubject subject) {
		return outreach.recordSignal(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	VisitPayload recordVisit(@Argument RecordVisitInput input, AccessSubject subject) {
		return outreach.recordVisit(subject, input);
	}

	@QueryMapping
	@Requires(personLevel = true, anyRole = { Role.CSW, Role.COORDINATOR })
	List<UnreachedHousehold> unreachedHouseholds(@Argument String areaId, @Argument Boolean allAreas,
			AccessSubject subject) {
		return outreach.unreached(subject, areaId, allAreas);
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<VisitDue> visitsDue(@Argument String areaId, @Argument Boolean allAreas, @Argument Integer withinDays,
			@Argument Integer first, AccessSubject subject) {
		return outreach.visitsDue(subject, areaId, allAreas, withinDays,
				Arguments.pageSize("first", first == null ? 100 : first, 500));
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<HouseholdContact> householdsWithoutRecentContact(@Argument Integer days, @Argument String areaId,
			@Argument Boolean allAreas, AccessSubject subject) {
		return outreach.withoutRecentContact(subject, days, areaId, allAreas);
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<VisitCount> visitCounts(@Argument LocalDate from, @Argument LocalDate to, AccessSubject subject) {
		return outreach.visitCounts(subject, from, to);
	}

}
