package jp.jusou.graph.ties;

import jp.jusou.graph.support.Labelled;

/** What happens, or happened, to a line of a 支えあいマップ file. */
enum SupportMapLineStatus implements Labelled {

	READY, ALREADY_RECORDED, NEEDS_DECISION, NO_MATCH, INVALID, SKIPPED, RECORDED, CONFIRMED

}
