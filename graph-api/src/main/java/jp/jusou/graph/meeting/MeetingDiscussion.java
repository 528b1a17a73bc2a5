package jp.jusou.graph.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.meeting.MeetingInputs.DiscussedHouseholdInput;
import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.plan.PlanStatus;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The second step of recording a meeting: for each household discussed, from the facts
 * the meeting's check read, how it stands under each kind's law, the members a 重層的支援会議
 * discusses, and the plan state a decision moves to — what will be written.
 */
@Component
class MeetingDiscussion {

	private final AccessPolicy policy;

	MeetingDiscussion(AccessPolicy policy) {
		this.policy = policy;
	}

	/**
	 * What is written for one household discussed, whether its consents name every
	 * participant, and whether a confidential kind holds for it.
	 */
	record Discussion(Map<String, Object> write, boolean everyParticipantNamed, boolean confidential) {
	}

	/**
	 * One household at the meeting: how it stands under each kind's law
	 * ({@link MeetingLaw#standing}), the members a 重層的支援会議 discusses, and the plan state
	 * a decision moves to.
	 */
	Discussion decide(List<MeetingKind> kinds, Map<MeetingKind, Set<String>> bodies, DiscussedHouseholdInput item,
			Value facts, Set<String> participants, LocalDate date, String at) {
		if (facts == null) {
			throw new NotFoundException(at + ".householdId", "household", item.householdId());
		}
		HouseholdAccess access = HouseholdAccess.from(facts.get("access"));
		boolean multiLayer = kinds.contains(MeetingKind.MULTI_LAYER_MEETING);
		MeetingLaw.Standing standing = MeetingLaw.standing(kinds, bodies,
				Set.copyOf(facts.get("caseHolders").asList(Value::asString)),
				Set.copyOf(facts.get("broughtBy").asList(Value::asString)), participants, item.broughtFor(), at);
		boolean confidential = standing.confidential();
		String broughtFor = standing.broughtFor();
		List<String> personIds = multiLayer
				? discussedMembers(item, access, participants, date, at, confidential && !item.decision().changesPlan())
				: null;
		boolean everyParticipantNamed = personIds != null && personIds.stream()
			.allMatch(personId -> policy.meetingConsent(access.consents(), personId, participants, date)
				.map(grant -> grant.meetingParticipants())
				.orElse(false));
		if (item.goalAttainment() != null
				&& (item.decision() != MeetingDecision.CLOSE || item.goalAttainment() == GoalAttainment.UNRECORDED)) {
			throw new InvalidArgumentException(at + ".goalAttainment", "at-closing",
					"only with CLOSE, as ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED (目標の達成状況は支援終結のときに、達成・一部達成・未達成のいずれかで記録します)");
		}
		String newStatus = null;
		if (item.decision().changesPlan()) {
			Value plan = facts.get("plans")
				.asList(value -> value)
				.stream()
				.filter(candidate -> candidate.get("id").asString().equals(item.planId()))
				.findFirst()
				.orElseThrow(() -> new InvalidArgumentException(at + ".planId", "plan-of-household",
						"no plan " + item.planId() + " for this household (この世帯のプランではありません)"));
			PlanStatus status = PlanStatus.valueOf(plan.get("status").asString());
			if (!item.decision().allowedFrom(status)) {
				throw new InvalidArgumentException(at + ".decision", "plan-transition", item.decision().whyNot(status));
			}
			newStatus = item.decision().target().name();
		}
		return new Discussion(Parameters.of("householdId", item.householdId(), "decision", item.decision().name(),
				"planId", item.planId(), "newStatus", newStatus, "evaluation", item.evaluation(), "goalAttainment",
				item.goalAttainment() == null ? null : item.goalAttainment().name(), "nextMonitoringDate",
				item.nextMonitoringDate(), "needs", needs(item), "personIds", personIds, "confidential", confidential,
				"broughtFor", broughtFor), everyParticipantNamed, confidential);
	}

	/**
	 * The members a 重層的支援会議 discusses (002: 協議の対象となるケースについては本人同意を得る): those named, each
	 * with a consent the policy accepts for this meeting, or — none named — every member
	 * who has one. A member who has not consented is left out, not a veto on the
	 * household; nobody consenting is an error, unless the meeting is also a 支援会議 taking
	 * no plan decision: then it discusses the household as a whole (null), as a 支援会議 does
	 * without consent.
	 */
	private List<String> discussedMembers(DiscussedHouseholdInput item, HouseholdAccess access,
			Set<String> participants, LocalDate date, String at, boolean wholeHouseholdWithoutConsent) {
		if (item.personIds() == null) {
			List<String> consenting = access.memberIds()
				.stream()
				.filter(personId -> policy.meetingConsent(access.consents(), personId, participants, date).isPresent())
				.toList();
			if (consenting.isEmpty() && wholeHouseholdWithoutConsent) {
				return null;
			}
			if (consenting.isEmpty()) {
				throw new InvalidArgumentException(at + ".householdId", "consent-required",
						"no member of this household has a consent in force on " + date + " for PLAN_DELIBERATION"
								+ " that names every participant of this meeting (or all meeting participants), so a"
								+ " 重層的支援会議 cannot discuss it: record a member's consent, or discuss the household at a"
								+ " 支援会議 (SUPPORT_MEETING) (この会議の参加機関すべてへの共有に本人同意のある世帯員がいないため、"
								+ "重層的支援会議では検討できません。同意を得るか、支援会議で検討してください)");
			}
			return consenting;
		}
		List<String> named = Validate.notEmpty(at + ".personIds", item.personIds());
		List<String> discussed = new ArrayList<>();
		for (int j = 0; j < named.size(); j++) {
			String personId = Validate.id(at + ".personIds[" + j + "]", named.get(j));
			if (!access.memberIds().contains(personId)) {
				throw new InvalidArgumentException(at + ".personIds[" + j + "]", "member-of-household",
						"not a member of this household (この世帯の世帯員ではありません)");
			}
			if (policy.meetingConsent(access.consents(), personId, participants, date).isEmpty()) {
				throw new InvalidArgumentException(at + ".personIds[" + j + "]", "consent-required",
						"this member has no consent in force on " + date + " for PLAN_DELIBERATION that names every"
								+ " participant of this meeting (or all meeting participants), or denied every category of"
								+ " it; leave the member out of the discussion (本人同意のない世帯員は重層的支援会議で検討できません)");
			}
			if (!discussed.contains(personId)) {
				discussed.add(personId);
			}
		}
		return discussed;
	}

	private static List<String> needs(DiscussedHouseholdInput item) {
		return item.needs() == null ? List.of() : item.needs().stream().map(Enum::name).distinct().toList();
	}

}
