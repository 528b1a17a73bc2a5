package jp.jusou.graph.resource;

import jp.jusou.graph.support.Labelled;

/** Kinds of community resource (社会資源), with the label users read. */
public enum ResourceKind implements Labelled {

	COMMUNITY_HUB, SALON, KAYOI_NO_BA, CHILDRENS_CAFETERIA, CHILDCARE_HUB, ACTIVITY_SUPPORT_CENTER, WORK_EXPERIENCE,
	PUBLIC_FACILITY, CHILDCARE_FACILITY, CARE_SERVICE, EVENT_VENUE, OTHER;

	/** Unknown stored kinds read as OTHER rather than failing a whole answer. */
	public static ResourceKind of(String value) {
		try {
			return value == null ? OTHER : valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return OTHER;
		}
	}

}
