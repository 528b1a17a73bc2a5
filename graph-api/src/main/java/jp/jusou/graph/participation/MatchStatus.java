package jp.jusou.graph.participation;

import jp.jusou.graph.support.Labelled;

/**
 * Whether a participation match is going on (the schema's MatchStatus; stored as text).
 */
public enum MatchStatus implements Labelled {

	ACTIVE, ENDED;

}
