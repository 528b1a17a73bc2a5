package jp.jusou.graph.household;

import jp.jusou.graph.support.Labelled;

/** Patterns of needs across fields, with the label users read. */
public enum HouseholdPattern implements Labelled {

	EIGHTY_FIFTY, DOUBLE_CARE, YOUNG_CARER, HIKIKOMORI, ELDERLY_ALONE, POVERTY_WITH_DISABILITY;

}
