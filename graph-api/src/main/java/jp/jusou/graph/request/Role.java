package jp.jusou.graph.request;

import jp.jusou.graph.support.Labelled;

/** What a staff member may do; only COORDINATOR, CSW and AGENCY_STAFF do case work. */
public enum Role implements Labelled {

	COORDINATOR("多機関協働（コーディネーター）"), CSW("コミュニティソーシャルワーカー"), AGENCY_STAFF("支援機関の職員"), DASHBOARD("集計の閲覧"),
	PRIVACY_OFFICER("個人情報保護担当"), ADMIN("管理者");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Only these roles do case work, so only they may read person-level data at all. */
	public boolean readsPersonLevelData() {
		return this == COORDINATOR || this == CSW || this == AGENCY_STAFF;
	}

}
