package jp.jusou.graph.plan;

import jp.jusou.graph.support.Labelled;

/** States of a support plan, with the label users read. */
public enum PlanStatus implements Labelled {

	DRAFT, ACTIVE, UNDER_REVIEW, CLOSED, SUSPENDED;

}
