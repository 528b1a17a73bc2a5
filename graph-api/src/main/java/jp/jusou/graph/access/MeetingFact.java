package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * A 支援会議 or 重層的支援会議 that the reader's agency attended and that discussed the household: when it
 * was held and, for a 重層的支援会議, which members were discussed (those who consented).
 *
 * @param personIds the members discussed; null when the meeting discussed the household as a whole
 */
public record MeetingFact(String id, String kind, LocalDate date, List<String> personIds) {

	public static final String SUPPORT_MEETING = "SUPPORT_MEETING";

	public static final String MULTI_LAYER_MEETING = "MULTI_LAYER_MEETING";

	public static MeetingFact from(Value map) {
		return new MeetingFact(map.get("id").asString(), map.get("kind").asString(), map.get("date").asLocalDate(),
				map.get("personIds").isNull() ? null : map.get("personIds").asList(Value::asString));
	}

	public boolean supportMeeting() {
		return SUPPORT_MEETING.equals(kind);
	}

	/** True when this 重層的支援会議 discussed the person (a 重層的支援会議 names whom it discussed). */
	public boolean discussedAtMultiLayerMeeting(String personId) {
		return MULTI_LAYER_MEETING.equals(kind) && personIds != null && personIds.contains(personId);
	}
}
