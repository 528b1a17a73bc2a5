package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** What a consultation was about (相談内容). */
public enum ConsultationTopic implements Labelled {

	CARE_SERVICES, DISABILITY_SERVICES, CHILD_REARING, MONEY, WORK, HOUSING, HEALTH, ISOLATION, FAMILY, OTHER;

}
