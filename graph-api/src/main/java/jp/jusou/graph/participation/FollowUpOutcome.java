package jp.jusou.graph.participation;

import jp.jusou.graph.support.Labelled;

/** What a follow-up found (定着支援). */
public enum FollowUpOutcome implements Labelled {

	CONTINUING, STRUGGLING, ENDED;

}
