package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * A meeting the reader's agency attended that discussed the household and that may share:
 * when it was held, the kinds it was held as (one meeting may be both a 支援会議 and a
 * 重層的支援会議), whether it is a confidential meeting under a law that binds its members to
 * secrecy (a 支援会議 or a meeting under another law convened by its body — decided when it
 * was recorded), and, for a 重層的支援会議, which members were discussed (those who consented).
 *
 * @param confidential true for a statutory meeting whose members are bound to secrecy: it
 * shares without consent, bounded as AccessPolicy says
 * @param personIds the members discussed; null when the meeting discussed the household
 * as a whole
 */
public record MeetingFact(String id, List<String> kinds, boolean confidential, LocalDate date, List<String> personIds) {

	public static final String SUPPORT_MEETING = "SUPPORT_MEETING";

	public static final String MULTI_LAYER_MEETING = "MULTI_LAYER_MEETING";

	public static MeetingFact from(Value map) {
		return new MeetingFact(map.get("id").asString(), map.get("kinds").asList(Value::asString),
				map.get("confidential").asBoolean(false), map.get("date").asLocalDate(),
				map.get("personIds").isNull() ? null : map.get("personIds").asList(Value::asString));
	}

	/**
	 * True when this 重層的支援会議 discussed the person (a 重層的支援会議 names whom it discussed).
	 */
	public boolean discussedAtMultiLayerMeeting(String personId) {
		return kinds.contains(MULTI_LAYER_MEETING) && personIds != null && personIds.contains(personId);
	}
}
