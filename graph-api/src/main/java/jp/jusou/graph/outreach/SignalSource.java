package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/** Who noticed a signal (気づきの発見者; the schema's SignalSource, stored as text). */
public enum SignalSource implements Labelled {

	WELFARE_COMMISSIONER("民生委員・児童委員"), NEIGHBOUR("近隣住民"), LIFELINE("ライフライン事業者・新聞配達"), KAYOI_NO_BA("通いの場・サロン"),
	LINE("LINE相談"), MEETING("会議"), OTHER("その他");

	private final String label;

	SignalSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
