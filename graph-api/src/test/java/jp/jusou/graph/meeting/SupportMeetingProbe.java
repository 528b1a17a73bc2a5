package jp.jusou.graph.meeting;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.meeting.MeetingInputs.DiscussedHouseholdInput;
import jp.jusou.graph.meeting.MeetingInputs.RecordMeetingInput;
import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.request.AccessSubject;

/**
 * Lets a test outside this package record a 支援会議 through {@link MeetingService} itself —
 * its checks, its write — without the GraphQL layer (the model test runs it inside a
 * transaction it rolls back).
 */
public final class SupportMeetingProbe {

	private SupportMeetingProbe() {
	}

	/** A 支援会議 on one household, sharing information, with no stated reason. */
	public static void record(MeetingService meetings, AccessSubject convener, LocalDate date, List<String> attendees,
			String householdId) {
		meetings.recordMeeting(convener,
				new RecordMeetingInput(MeetingKind.SUPPORT_MEETING, null, date, attendees, null,
						List.of(new DiscussedHouseholdInput(householdId, MeetingDecision.SHARE_INFORMATION, null, null,
								null, null, null, null, null))));
	}

}
