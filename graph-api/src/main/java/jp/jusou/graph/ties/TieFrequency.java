package jp.jusou.graph.ties;

import jp.jusou.graph.support.Labelled;

/** How often a watcher sees the person (stored as text). */
public enum TieFrequency implements Labelled {

	DAILY, SEVERAL_A_WEEK, WEEKLY, MONTHLY, OCCASIONALLY;

}
