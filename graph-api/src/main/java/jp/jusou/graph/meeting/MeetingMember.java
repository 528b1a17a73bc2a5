package jp.jusou.graph.meeting;

import org.neo4j.driver.Value;

/**
 * A meeting member who is not an agency (the schema's {@code MeetingMember}).
 *
 * @param confidentialityDuty bound by a statutory duty of confidentiality
 * @param dutyBasis the law that binds them, or how the duty was stated; null when unbound
 * @param receivesContent whether the meeting's content about the households may go to
 * them
 */
public record MeetingMember(String id, MeetingMemberRole role, String name, String personId,
		boolean confidentialityDuty, String dutyBasis, boolean receivesContent) {

	static MeetingMember from(Value map) {
		return new MeetingMember(map.get("id").asString(), MeetingMemberRole.valueOf(map.get("role").asString()),
				map.get("name").asString(null), map.get("personId").asString(null),
				map.get("confidentialityDuty").asBoolean(false), map.get("dutyBasis").asString(null),
				map.get("receivesContent").asBoolean(false));
	}

	public String roleLabel() {
		return role.label();
	}
}
