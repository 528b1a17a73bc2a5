package jp.jusou.graph.participation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jp.jusou.graph.resource.Activity;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A person matched to an activity, as the arranging agency sees it. */
public record ParticipationMatch(String id, String personId, String householdId, String arrangedBy, Activity activity,
		String status, LocalDate started, LocalDate ended, LocalDate lastFollowUp, FollowUpOutcome lastOutcome,
		int daysSinceContact) {

	static ParticipationMatch from(Record record, LocalDate today) {
		Value match = record.get("match");
		Value last = match.get("lastFollowUp");
		LocalDate lastDate = last.isNull() ? null : last.get("date").asLocalDate();
		LocalDate started = match.get("started").asLocalDate();
		LocalDate contact = lastDate == null ? started : lastDate;
		return new ParticipationMatch(match.get("id").asString(), match.get("personId").asString(),
				match.get("householdId").asString(null), match.get("arrangedBy").asString(),
				Activity.from(record.get("activity")), match.get("status").asString(), started,
				match.get("ended").isNull() ? null : match.get("ended").asLocalDate(), lastDate,
				last.isNull() ? null : FollowUpOutcome.valueOf(last.get("outcome").asString()),
				(int) Math.max(0, ChronoUnit.DAYS.between(contact, today)));
	}
}
