package jp.jusou.graph.upkeep;

import jp.jusou.graph.support.Labelled;

/** What a household change records, with the label users read. */
public enum HouseholdChangeKind implements Labelled {

	MEMBER_ADDED, MEMBER_LEFT, MOVED, PATTERNS_REASSESSED, CONTACT_UPDATED;

}
