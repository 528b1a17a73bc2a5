package jp.jusou.graph.request;

import jp.jusou.graph.support.Labelled;

/** What a staff member may do; only COORDINATOR, CSW and AGENCY_STAFF do case work. */
public enum Role implements Labelled {

	COORDINATOR, CSW, AGENCY_STAFF, DASHBOARD, PRIVACY_OFFICER, ADMIN;

	/** Only these roles do case work, so only they may read person-level data at all. */
	public boolean readsPersonLevelData() {
		return this == COORDINATOR || this == CSW || this == AGENCY_STAFF;
	}

}
