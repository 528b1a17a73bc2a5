package jp.jusou.graph.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.meeting.MeetingResult.DiscussedHousehold;
import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.support.Field;
import org.neo4j.driver.Value;

/** A meeting read back by one of its members (the schema's {@code Meeting}). */
public record MeetingRecord(String id, MeetingKind kind, List<MeetingKind> kinds, boolean confidential, LocalDate date,
		Agency convener, List<Agency> attendees, List<MeetingMember> members, List<DiscussedHousehold> households,
		Basis basis) {

	static MeetingRecord from(Value meeting) {
		MeetingKind kind = MeetingKind.valueOf(meeting.get("kind").asString());
		return new MeetingRecord(meeting.get("id").asString(), kind,
				meeting.get("kinds").isNull() ? List.of(kind)
						: meeting.get("kinds").asList(value -> MeetingKind.valueOf(value.asString())),
				meeting.get("confidential").asBoolean(false), meeting.get("date").asLocalDate(),
				Agency.from(meeting.get("convener")), meeting.get("attendees").asList(Agency::from),
				meeting.get("members").asList(MeetingMember::from),
				meeting.get("households")
					.asList(item -> new DiscussedHousehold(item.get("householdId").asString(),
							MeetingDecision.valueOf(item.get("decision").asString()), item.get("planId").asString(null),
							item.get("evaluation").asString(null), item.get("personIds").asList(Value::asString))),
				Basis.ownAgency());
	}

	/**
	 * True when the agency convened or attended the meeting: only its members read its
	 * content.
	 */
	boolean member(String agencyId) {
		return agencyId != null && ((convener != null && convener.id().equals(agencyId))
				|| attendees.stream().anyMatch(agency -> agency.id().equals(agencyId)));
	}

	/** The fields of its members: the meeting's data categories. */
	Set<Field> categories() {
		Set<Field> fields = new TreeSet<>();
		if (convener != null) {
			fields.add(convener.field());
		}
		attendees.forEach(agency -> fields.add(agency.field()));
		return fields;
	}

	public String kindLabel() {
		return kinds.stream().map(MeetingKind::label).collect(Collectors.joining("・"));
	}

	/** The laws binding the members to secrecy, for a confidential meeting. */
	public List<String> confidentialityLaws() {
		return confidential ? kinds.stream().map(MeetingKind::confidentialityLaw).filter(law -> law != null).toList()
				: List.of();
	}
}
