package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/** Why a resident counts as isolated, with the label users read. */
public enum IsolationReason implements Labelled {

	LIVES_ALONE, LIVES_ONLY_WITH_DEPENDANT, WITHDRAWN, NO_ACTIVITY, NO_TIE,
	/** No longer part of the rule; kept for the schema's deprecated value. */
	NO_OPEN_CASE, NO_RECENT_VISIT;

}
