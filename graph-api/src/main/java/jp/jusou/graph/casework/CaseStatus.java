package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** Whether a case is open (the schema's CaseStatus; cases store it as text). */
public enum CaseStatus implements Labelled {

	OPEN("対応中"), CLOSED("終結");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
