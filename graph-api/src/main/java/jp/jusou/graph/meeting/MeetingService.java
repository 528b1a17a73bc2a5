package jp.jusou.graph.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.meeting.MeetingDiscussion.Discussion;
import jp.jusou.graph.meeting.MeetingInputs.DiscussedHouseholdInput;
import jp.jusou.graph.meeting.MeetingInputs.RecordMeetingInput;
import jp.jusou.graph.meeting.MeetingResult.DiscussedHousehold;
import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.plan.PlanService;
import jp.jusou.graph.plan.SupportPlan;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * {@code recordMeeting} (第5号・第6号): the input checked on its own
 * ({@link MeetingInputCheck}), the facts read in one statement ({@code meeting-check}),
 * each household decided ({@link MeetingDiscussion}), then written in the same
 * transaction ({@code meeting-record}) with the facts kept on write and the audit record.
 */
@Service
public record MeetingService(NamedQueries graph, MeetingDiscussion discussion, PlanService plans, Clock clock,
		KeptFacts keptFacts) {

	public MeetingResult recordMeeting(AccessSubject subject, RecordMeetingInput input) {
		MeetingKind kind = Validate.required("input.kind", input.kind());
		List<MeetingKind> kinds = MeetingLaw.kinds(kind, input.alsoHeldAs());
		boolean multiLayer = kinds.contains(MeetingKind.MULTI_LAYER_MEETING);
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		Set<String> agencyIds = new LinkedHashSet<>(MeetingInputCheck.attending(input));
		List<DiscussedHouseholdInput> discussed = MeetingInputCheck.households(input, kind, multiLayer);
		Record check = graph.single("meeting-check",
				Parameters.of("staffId", subject.staffId(), "agencyIds", List.copyOf(agencyIds), "householdIds",
						discussed.stream().map(DiscussedHouseholdInput::householdId).toList(), "date", input.date()))
			.orElseThrow();
		String convenerId = convener(check, kinds);
		Map<MeetingKind, Set<String>> bodies = MeetingLaw.conveningBodies(kinds, convenerId,
				check.get("field").asString(null), attendingFields(check));
		agencyIds.add(convenerId);
		Map<String, Value> facts = new HashMap<>();
		check.get("households")
			.asList(value -> value)
			.forEach(value -> facts.put(value.get("householdId").asString(), value));
		List<Map<String, Object>> writes = new ArrayList<>();
		Set<String> householdMembers = new TreeSet<>();
		boolean everyParticipantNamed = true;
		boolean anyConfidential = false;
		for (int i = 0; i < discussed.size(); i++) {
			Value householdFacts = facts.get(discussed.get(i).householdId());
			Discussion decided = discussion.decide(kinds, bodies, discussed.get(i), householdFacts, agencyIds,
					input.date(), "input.households[" + i + "]");
			anyConfidential |= decided.confidential();
			writes.add(decided.write());
			everyParticipantNamed &= decided.everyParticipantNamed();
			householdMembers.addAll(HouseholdAccess.from(householdFacts.get("access")).memberIds());
		}
		// a confidential kind holds for the meeting when it held for a household it
		// discussed
		String law = (discussed.isEmpty() || anyConfidential) ? confidentialityLaw(kinds) : null;
		List<MeetingMember> members = MeetingMembers.check(input.members(), law, householdMembers,
				law != null || everyParticipantNamed);
		String meetingId = "meeting-" + UUID.randomUUID();
		graph.query("meeting-record")
			.bindAll(Parameters.of("meetingId", meetingId, "kind", kind.name(), "kinds",
					kinds.stream().map(Enum::name).toList(), "confidential", law != null, "date", input.date(),
					"staffId", subject.staffId(), "convenerId", convenerId, "agencyIds", List.copyOf(agencyIds),
					"households", writes, "members", MeetingMembers.parameters(members)))
			.run();
		keptFacts.afterMeeting(meetingId, writes.stream().map(write -> (String) write.get("householdId")).toList());
		List<SupportPlan> changed = new ArrayList<>();
		for (Map<String, Object> write : writes) {
			if (write.get("newStatus") != null) {
				changed.add(plans.byId((String) write.get("planId"), "input.households"));
			}
		}
		return new MeetingResult(meetingId, kind, kinds, law != null, input.date(), changed,
				outcome(subject, writes, members, law), members);
	}

	/**
	 * The user's agency, which convenes; a 支援会議 or 重層的支援会議 only when it is the
	 * coordination body; every attending agency known.
	 */
	private static String convener(Record check, List<MeetingKind> kinds) {
		String convenerId = check.get("agencyId").asString(null);
		if (convenerId == null) {
			throw NoBasisException.withoutAgency();
		}
		List<String> unknownAgencies = check.get("unknownAgencies").asList(Value::asString);
		if (!unknownAgencies.isEmpty()) {
			throw new NotFoundException("input.attendingAgencyIds", "agency", unknownAgencies.get(0));
		}
		if (kinds.stream().anyMatch(MeetingKind::convenedByCoordination)
				&& !check.get("coordinationBody").asBoolean(false)) {
			throw new NoBasisException("input.kind",
					"a 支援会議 or 重層的支援会議 is convened by the 多機関協働 body (an agency running component 5) or the"
							+ " body the municipality named to convene its 支援会議 (支援会議・重層的支援会議を開催できるのは多機関協働事業者"
							+ "または市町村が指定した機関です)");
		}
		return convenerId;
	}

	private static Map<String, String> attendingFields(Record check) {
		Map<String, String> attendingFields = new HashMap<>();
		check.get("attendingFields")
			.asList(value -> value)
			.forEach(value -> attendingFields.put(value.get("agencyId").asString(), value.get("field").asString(null)));
		return attendingFields;
	}

	private static String confidentialityLaw(List<MeetingKind> kinds) {
		return kinds.stream().map(MeetingKind::confidentialityLaw).filter(law -> law != null).findFirst().orElse(null);
	}

	/**
	 * Each household discussed as the payload tells it, with the audit record of them.
	 */
	private static List<DiscussedHousehold> outcome(AccessSubject subject, List<Map<String, Object>> writes,
			List<MeetingMember> members, String law) {
		Set<String> households = new TreeSet<>();
		Set<String> persons = new TreeSet<>();
		List<DiscussedHousehold> outcome = new ArrayList<>();
		for (Map<String, Object> write : writes) {
			@SuppressWarnings("unchecked")
			List<String> personIds = (List<String>) write.get("personIds");
			households.add((String) write.get("householdId"));
			if (personIds != null) {
				persons.addAll(personIds);
			}
			members.stream().map(MeetingMember::personId).filter(id -> id != null).forEach(persons::add);
			outcome.add(new DiscussedHousehold((String) write.get("householdId"),
					MeetingDecision.valueOf((String) write.get("decision")), (String) write.get("planId"),
					(String) write.get("evaluation"), personIds == null ? List.of() : personIds));
		}
		if (!households.isEmpty()) {
			subject.recordRead(new PersonalDataRead(households, persons,
					Set.of(law != null ? "SUPPORT_MEETING" : "OWN_AGENCY"), Set.of(), Set.of(), Set.of(), 0));
		}
		return outcome;
	}

}
