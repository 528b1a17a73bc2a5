package jp.jusou.graph.request;

/** What a user does; decides which parts of the API they may use at all. */
public enum Role {

	/** 多機関協働: coordinates agencies around complex cases. */
	COORDINATOR,
	/** Community social worker (アウトリーチ, 参加支援, 地域づくり). */
	CSW,
	/** Staff of a support agency (包括, 障害相談, こども家庭センター, 生活サポート, …). */
	AGENCY_STAFF,
	/** Aggregates only, never a person. */
	DASHBOARD,
	/** Reads the audit log (開示請求, 監査). */
	PRIVACY_OFFICER,
	/** Manages users and agencies; reads no case data. */
	ADMIN;

	/** Only these roles do case work, so only they may read person-level data at all. */
	public boolean readsPersonLevelData() {
		return this == COORDINATOR || this == CSW || this == AGENCY_STAFF;
	}

}
