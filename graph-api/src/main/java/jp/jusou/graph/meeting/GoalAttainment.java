package jp.jusou.graph.meeting;

import jp.jusou.graph.support.Labelled;

/**
 * How a plan's goals stood when a meeting closed it (終結時の目標の達成状況); UNRECORDED is what the
 * yearly evaluation reads for a closing that did not say.
 */
public enum GoalAttainment implements Labelled {

	ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, UNRECORDED

}
