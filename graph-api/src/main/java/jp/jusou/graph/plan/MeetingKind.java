package jp.jusou.graph.plan;

/** Kinds of meeting, and what each may do with a household. */
public enum MeetingKind {

	SUPPORT_MEETING("支援会議"), MULTI_LAYER_MEETING("重層的支援会議"), COMMUNITY_CARE_MEETING("地域ケア会議"),
	CHILD_PROTECTION_COUNCIL("要保護児童対策地域協議会"), DISABILITY_COUNCIL("自立支援協議会"),
	SUPPORT_COORDINATION_MEETING("支援調整会議"), INFORMATION_SHARING_MEETING("情報共有会議");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Convened by the 多機関協働 body, under the 重層 scheme. */
	public boolean convenedByCoordination() {
		return this == SUPPORT_MEETING || this == MULTI_LAYER_MEETING;
	}
}
