package jp.jusou.graph.meeting;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.meeting.MeetingInputs.DiscussedHouseholdInput;
import jp.jusou.graph.meeting.MeetingInputs.RecordMeetingInput;
import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Validate;

/**
 * The first step of recording a meeting: the rules the input obeys on its own, before
 * anything is read (kinds, date, attendees, households and what may be decided for each
 * at this kind of meeting).
 */
final class MeetingInputCheck {

	static final int MAX_HOUSEHOLDS = 50;

	private MeetingInputCheck() {
	}

	/** The attending agencies, checked and without repeats. */
	static List<String> attending(RecordMeetingInput input) {
		return Validate.notEmpty("input.attendingAgencyIds", input.attendingAgencyIds())
			.stream()
			.map(id -> Validate.id("input.attendingAgencyIds", id))
			.distinct()
			.toList();
	}

	/** The households discussed, each checked against the meeting's kinds. */
	static List<DiscussedHouseholdInput> households(RecordMeetingInput input, MeetingKind kind, boolean multiLayer) {
		List<DiscussedHouseholdInput> discussed = input.households() == null ? List.of() : input.households();
		if (discussed.size() > MAX_HOUSEHOLDS) {
			throw new InvalidArgumentException("input.households", "at-most-" + MAX_HOUSEHOLDS,
					"at most " + MAX_HOUSEHOLDS + " households per meeting record (1回の記録は" + MAX_HOUSEHOLDS + "世帯まで)");
		}
		if (kind == MeetingKind.INFORMATION_SHARING_MEETING && !discussed.isEmpty()) {
			throw new InvalidArgumentException("input.households", "no-individual-cases",
					"an 情報共有会議 discusses no individual households (情報共有会議では個別世帯を扱いません)");
		}
		Set<String> seen = new TreeSet<>();
		for (int i = 0; i < discussed.size(); i++) {
			discussed(kind, multiLayer, discussed.get(i), "input.households[" + i + "]", seen);
		}
		return discussed;
	}

	static void discussed(MeetingKind kind, boolean multiLayer, DiscussedHouseholdInput item, String at,
			Set<String> seen) {
		String householdId = Validate.id(at + ".householdId", item.householdId());
		if (!seen.add(householdId)) {
			throw new InvalidArgumentException(at + ".householdId", "once-per-meeting",
					"the household is already in this meeting record (同じ世帯が重複しています)");
		}
		MeetingDecision decision = Validate.required(at + ".decision", item.decision());
		if (item.personIds() != null && !multiLayer) {
			throw new InvalidArgumentException(at + ".personIds", "multi-layer-meeting-only",
					"members are named at a 重層的支援会議 (MULTI_LAYER_MEETING), which discusses only those who consented;"
							+ " a " + kind + " discusses the household as a whole (検討対象の世帯員の指定は重層的支援会議のみです)");
		}
		if (decision.changesPlan()) {
			if (!multiLayer) {
				throw new InvalidArgumentException(at + ".decision", "plan-decisions-at-multi-layer-meeting",
						decision + " is decided at a 重層的支援会議 (MULTI_LAYER_MEETING), not at a " + kind
								+ " (プランの承認・再プラン・終結・中断は重層的支援会議で決定します)");
			}
			Validate.id(at + ".planId", item.planId());
		}
		if (decision == MeetingDecision.CLOSE) {
			Validate.text(at + ".evaluation", item.evaluation(), 2000);
		}
		else {
			Validate.optionalText(at + ".evaluation", item.evaluation(), 2000);
		}
		if (decision == MeetingDecision.RESOURCE_GAP) {
			Validate.notEmpty(at + ".needs", item.needs());
		}
	}

}
