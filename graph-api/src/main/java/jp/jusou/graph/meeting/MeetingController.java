package jp.jusou.graph.meeting;

import jp.jusou.graph.household.Household;
import jp.jusou.graph.meeting.MeetingInputs.RecordMeetingInput;
import jp.jusou.graph.meeting.MeetingReads.HouseholdMeetings;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.Arguments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code recordMeeting}, {@code meeting(id)}, {@code Household.meetings}. */
@Controller
record MeetingController(MeetingService meetings, MeetingReads reads) {

	@MutationMapping
	@Requires(personLevel = true)
	MeetingResult recordMeeting(@Argument RecordMeetingInput input, AccessSubject subject) {
		boolean coordination = (input.kind() != null && input.kind().convenedByCoordination())
				|| (input.alsoHeldAs() != null
						&& input.alsoHeldAs().stream().anyMatch(kind -> kind != null && kind.convenedByCoordination()));
		if (coordination) {
			subject.requireRole(Role.COORDINATOR);
		}
		return meetings.recordMeeting(subject, input);
	}

	@QueryMapping
	@Requires(personLevel = true)
	MeetingRecord meeting(@Argument String id, AccessSubject subject) {
		return reads.meeting(subject, Arguments.id("id", id));
	}

	@SchemaMapping(typeName = "Household")
	HouseholdMeetings meetings(Household household, AccessSubject subject) {
		return reads.meetings(subject, household.id(), household.access());
	}

}
