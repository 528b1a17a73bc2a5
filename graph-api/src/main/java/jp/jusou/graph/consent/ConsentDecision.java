package jp.jusou.graph.consent;

import jp.jusou.graph.support.Labelled;

/** What a consent decides. */
public enum ConsentDecision implements Labelled {

	PERMIT, DENY;

}
