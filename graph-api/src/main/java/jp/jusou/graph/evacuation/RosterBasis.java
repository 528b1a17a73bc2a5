package jp.jusou.graph.evacuation;

import jp.jusou.graph.support.Labelled;

/** On which ground of 災害対策基本法 第49条の11 the roster reached a user. */
public enum RosterBasis implements Labelled {

	CONSENT_IN_NORMAL_TIMES, ORDINANCE, DISASTER;

}
