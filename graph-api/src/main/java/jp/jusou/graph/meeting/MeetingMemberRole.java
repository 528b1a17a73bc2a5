package jp.jusou.graph.meeting;

import jp.jusou.graph.support.Labelled;

/**
 * Who a meeting member is when not an agency (004 §7(1): 民生委員, 学校, 警察, 司法書士; 000 Q4:
 * 地域住民), with the statute that binds the role to secrecy whatever the meeting, if any.
 */
public enum MeetingMemberRole implements Labelled {

	WELFARE_COMMISSIONER("民生委員法 第15条"), JUDICIAL_SCRIVENER("司法書士法 第24条"), LAWYER("弁護士法 第23条"), POLICE("地方公務員法 第34条"),
	PERSON_CONCERNED(null), FAMILY(null), RESIDENT(null), OTHER(null);

	private final String statute;

	MeetingMemberRole(String statute) {
		this.statute = statute;
	}

	/**
	 * The statute binding the role itself to secrecy; null when the role carries none of
	 * its own.
	 */
	public String statute() {
		return statute;
	}

	/**
	 * The 本人 or their family: members of a discussed household, named by person id, never
	 * bound.
	 */
	public boolean ofTheHousehold() {
		return this == PERSON_CONCERNED || this == FAMILY;
	}

}
