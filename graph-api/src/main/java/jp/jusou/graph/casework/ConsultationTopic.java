package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** What a consultation was about (相談内容). */
public enum ConsultationTopic implements Labelled {

	CARE_SERVICES("介護・介護サービス"), DISABILITY_SERVICES("障害・障害福祉サービス"), CHILD_REARING("子育て・養育"), MONEY("収入・家計・借金"),
	WORK("仕事・就労"), HOUSING("住まい"), HEALTH("心身の健康・受診"), ISOLATION("ひきこもり・社会的孤立"), FAMILY("家族関係・虐待"), OTHER("その他");

	private final String label;

	ConsultationTopic(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
