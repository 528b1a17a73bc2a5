package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/** What a visit came to (the schema's VisitOutcome; stored as text). */
public enum VisitOutcome implements Labelled {

	MET("面会できた"), NOT_MET("不在"), LETTER_LEFT("手紙を置いた"), REFUSED("拒否");

	private final String label;

	VisitOutcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
