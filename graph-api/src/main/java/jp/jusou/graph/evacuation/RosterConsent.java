package jp.jusou.graph.evacuation;

import jp.jusou.graph.support.Labelled;

/**
 * Whether a person consented to their roster entry being shared in normal times (stored
 * as text).
 */
public enum RosterConsent implements Labelled {

	GIVEN, REFUSED, NOT_ASKED;

}
