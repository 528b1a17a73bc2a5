package jp.jusou.graph.meeting;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.support.Need;

/** The inputs of {@code recordMeeting}, as the schema defines them. */
final class MeetingInputs {

	private MeetingInputs() {
	}

	record RecordMeetingInput(MeetingKind kind, List<MeetingKind> alsoHeldAs, LocalDate date,
			List<String> attendingAgencyIds, List<MeetingMemberInput> members,
			List<DiscussedHouseholdInput> households) {
	}

	record MeetingMemberInput(MeetingMemberRole role, String name, String personId, Boolean confidentialityDuty) {
	}

	record DiscussedHouseholdInput(String householdId, MeetingDecision decision, String planId, String evaluation,
			GoalAttainment goalAttainment, LocalDate nextMonitoringDate, List<Need> needs, List<String> personIds,
			String broughtFor) {
	}

}
