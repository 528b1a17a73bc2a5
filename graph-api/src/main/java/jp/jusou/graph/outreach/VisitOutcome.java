package jp.jusou.graph.outreach;

import jp.jusou.graph.support.Labelled;

/**
 * What a visit came to (the schema's VisitOutcome; stored as text): contact — someone
 * spoke with the person — or the kind of attempt.
 */
public enum VisitOutcome implements Labelled {

	MET, PHONE, THROUGH_FAMILY, NOT_MET, LETTER_LEFT, REFUSED;

	/** Whether someone spoke with the person (fragments/visit.cypher says the same). */
	public boolean isContact() {
		return this == MET || this == PHONE;
	}

}
