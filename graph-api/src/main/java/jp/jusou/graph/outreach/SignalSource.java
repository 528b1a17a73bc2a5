package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/** Who noticed a signal (気づきの発見者; the schema's SignalSource, stored as text). */
public enum SignalSource implements Labelled {

	WELFARE_COMMISSIONER, NEIGHBOUR, LIFELINE, KAYOI_NO_BA, LINE, MEETING, OTHER;

}
