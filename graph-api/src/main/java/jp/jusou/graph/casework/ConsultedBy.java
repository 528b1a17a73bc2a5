package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/**
 * Who brought a consultation about a person (相談者): the person themself, or someone on
 * their behalf. Only SELF is contact with the person (graph-model.md, "Contact").
 */
public enum ConsultedBy implements Labelled {

	SELF, FAMILY, NEIGHBOUR, WELFARE_COMMISSIONER, AGENCY, OTHER;

}
