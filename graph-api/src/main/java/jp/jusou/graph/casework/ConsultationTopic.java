package jp.jusou.graph.casework;

/** What a consultation was about (相談内容の分類). */
public enum ConsultationTopic {

	CARE_SERVICES, DISABILITY_SERVICES, CHILD_REARING, MONEY, WORK, HOUSING, HEALTH, ISOLATION, FAMILY, OTHER

}
