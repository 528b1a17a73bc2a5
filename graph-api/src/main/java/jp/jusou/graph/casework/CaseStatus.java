package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** Whether a case is open (the schema's CaseStatus; cases store it as text). */
public enum CaseStatus implements Labelled {

	OPEN, CLOSED;

}
