package jp.jusou.graph.meeting;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.plan.SupportPlan;

/**
 * What recordMeeting did: the schema's {@code MeetingPayload}.
 *
 * @param plans plans whose state the meeting changed
 * @param households the households discussed
 * @param members members who are not agencies, as recorded
 */
public record MeetingResult(String meetingId, MeetingKind kind, List<MeetingKind> kinds, boolean confidential,
		LocalDate date, List<SupportPlan> plans, List<DiscussedHousehold> households, List<MeetingMember> members) {

	/**
	 * One household a meeting discussed: the decision, the plan it applies to and the
	 * evaluation given, and, at a 重層的支援会議, the members discussed.
	 */
	public record DiscussedHousehold(String householdId, MeetingDecision decision, String planId, String evaluation,
			List<String> personIds) {

		public String decisionLabel() {
			return decision.label();
		}
	}

}
