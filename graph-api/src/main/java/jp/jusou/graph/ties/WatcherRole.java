package jp.jusou.graph.ties;

import jp.jusou.graph.support.Labelled;

/** Who the watcher is to the person (stored as text). */
public enum WatcherRole implements Labelled {

	NEIGHBOUR, WELFARE_COMMISSIONER, VOLUNTEER, FAMILY, FRIEND, BUSINESS, OTHER;

}
