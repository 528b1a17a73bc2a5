package jp.jusou.graph.evaluation;

import jp.jusou.graph.support.Labelled;

/** Where a target's actual comes from: counted, entered by hand, or nothing recorded. */
public enum ActualSource implements Labelled {

	COMPUTED, ENTERED, NO_DATA

}
