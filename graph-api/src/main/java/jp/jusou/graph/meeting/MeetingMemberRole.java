package jp.jusou.graph.meeting;

import jp.jusou.graph.support.Labelled;

/**
 * Who a meeting member is when not an agency (004 §7(1): 民生委員, 学校, 警察, 司法書士; 000 Q4:
 * 地域住民), with the statute that binds the role to secrecy whatever the meeting, if any.
 */
public enum MeetingMemberRole implements Labelled {

	WELFARE_COMMISSIONER("民生委員・児童委員", "民生委員法 第15条"), JUDICIAL_SCRIVENER("司法書士", "司法書士法 第24条"),
	LAWYER("弁護士", "弁護士法 第23条"), POLICE("警察", "地方公務員法 第34条"), PERSON_CONCERNED("本人", null), FAMILY("家族", null),
	RESIDENT("地域住民", null), OTHER("その他", null);

	private final String label;

	private final String statute;

	MeetingMemberRole(String label, String statute) {
		this.label = label;
		this.statute = statute;
	}

	public String label() {
		return label;
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
