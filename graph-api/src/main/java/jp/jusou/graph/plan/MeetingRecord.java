package jp.jusou.graph.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.plan.PlanService.DiscussedHousehold;
import jp.jusou.graph.support.Field;
import org.neo4j.driver.Value;

/** A meeting read back by one of its members (the schema's {@code Meeting}). */
public record MeetingRecord(String id, MeetingKind kind, LocalDate date, Agency convener, List<Agency> attendees,
		List<DiscussedHousehold> households, Basis basis) {

	static MeetingRecord from(Value meeting) {
		return new MeetingRecord(meeting.get("id").asString(), MeetingKind.valueOf(meeting.get("kind").asString()),
				meeting.get("date").asLocalDate(), Agency.from(meeting.get("convener")),
				meeting.get("attendees").asList(Agency::from),
				meeting.get("households")
					.asList(item -> new DiscussedHousehold(item.get("householdId").asString(),
							MeetingDecision.valueOf(item.get("decision").asString()), item.get("planId").asString(null),
							item.get("evaluation").asString(null), item.get("personIds").asList(Value::asString))),
				Basis.ownAgency());
	}

	/** True when the agency convened or attended the meeting: only its members read its content. */
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
		return kind.label();
	}
}
