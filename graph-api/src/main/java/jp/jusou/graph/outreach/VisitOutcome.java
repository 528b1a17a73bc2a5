package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/** What a visit came to (the schema's VisitOutcome; stored as text). */
public enum VisitOutcome implements Labelled {

	MET, NOT_MET, LETTER_LEFT, REFUSED;

}
