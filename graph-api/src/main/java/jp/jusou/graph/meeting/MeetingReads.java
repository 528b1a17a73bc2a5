package jp.jusou.graph.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.meeting.MeetingResult.DiscussedHousehold;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads meetings back: {@code meeting(id)} and {@code Household.meetings}. A meeting's
 * content — who attended, which households and members it discussed, what it decided —
 * reaches its members only (the convener and the attending agencies, OWN_AGENCY): 002
 * puts a 支援会議's members under a duty of confidentiality, and a 重層的支援会議 is deliberation
 * among its participants. Other readers learn that meetings exist, counted.
 */
@Service
@Transactional(readOnly = true)
public class MeetingReads {

	/** The schema's {@code HouseholdMeetings}. */
	public record HouseholdMeetings(List<MeetingRecord> meetings, Withheld withheld) {
	}

	private final NamedQueries graph;

	private final AccessPolicy policy;

	MeetingReads(NamedQueries graph, AccessPolicy policy) {
		this.policy = policy;
		this.graph = graph;
	}

	public MeetingRecord meeting(AccessSubject subject, String meetingId) {
		record Answer(MeetingRecord meeting, String agencyId) {
		}
		Answer answer = graph.query("meeting-read")
			.bindAll(Parameters.of("meetingId", meetingId, "staffId", subject.staffId()))
			.fetchAs(Answer.class)
			.mappedBy((types, record) -> new Answer(MeetingRecord.from(record.get("meeting")),
					record.get("agencyId").asString(null)))
			.one()
			.orElseThrow(() -> new NotFoundException("id", "meeting", meetingId));
		MeetingRecord meeting = answer.meeting();
		Set<String> households = new TreeSet<>();
		meeting.households().forEach(item -> households.add(item.householdId()));
		if (!meeting.member(answer.agencyId())) {
			subject.recordRead(
					new PersonalDataRead(households, Set.of(), Set.of(), Set.of(), Set.of(), meeting.categories(), 1));
			throw new NoBasisException("id", "a meeting's content is shown to its convener and attending agencies only"
					+ " (会議の内容は主催機関と出席機関にのみ表示されます)");
		}
		subject.recordRead(new PersonalDataRead(households, discussed(List.of(meeting)), Set.of("OWN_AGENCY"),
				meeting.categories(), Set.of(), Set.of(), 0));
		return meeting;
	}

	public HouseholdMeetings meetings(AccessSubject subject, String householdId, HouseholdAccess access) {
		String readerAgencyId = access.agencyId();
		List<MeetingRecord> all = new ArrayList<>(graph.query("household-meetings")
			.bindAll(Map.of("householdId", householdId))
			.fetchAs(MeetingRecord.class)
			.mappedBy((types, record) -> MeetingRecord.from(record.get("meeting")))
			.all());
		all.sort(Comparator.comparing(MeetingRecord::date).reversed().thenComparing(MeetingRecord::id));
		List<MeetingRecord> shown = all.stream().filter(meeting -> meeting.member(readerAgencyId)).toList();
		Set<Field> withheldCategories = new TreeSet<>();
		Set<Field> shownCategories = new TreeSet<>();
		all.stream()
			.filter(meeting -> !shown.contains(meeting))
			.forEach(meeting -> withheldCategories.addAll(meeting.categories()));
		shown.forEach(meeting -> shownCategories.addAll(meeting.categories()));
		int withheld = all.size() - shown.size();
		subject.recordRead(new PersonalDataRead(Set.of(householdId), discussed(shown),
				shown.isEmpty() ? Set.of() : Set.of("OWN_AGENCY"), shownCategories, Set.of(), withheldCategories,
				withheld));
		return new HouseholdMeetings(shown,
				withheld == 0 ? null
						: policy.answer(new Withheld(withheld, List.copyOf(withheldCategories),
								"会議の内容は主催機関と出席機関にのみ表示されます (a meeting's content is shown to its members only)",
								"この世帯を検討する会議に出席機関として参加してください (take part in a meeting on the household as a member)"),
								access, subject));
	}

	private static Set<String> discussed(List<MeetingRecord> meetings) {
		Set<String> persons = new TreeSet<>();
		meetings.forEach(
				meeting -> meeting.households().stream().map(DiscussedHousehold::personIds).forEach(persons::addAll));
		return persons;
	}

}
