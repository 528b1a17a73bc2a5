package jp.jusou.graph.upkeep;

import jp.jusou.graph.support.Labelled;

/** Why a member left the household, with the label users read. */
public enum LeavingReason implements Labelled {

	MOVED_OUT, DIED, ENTERED_FACILITY, OTHER;

}
