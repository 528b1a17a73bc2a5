package jp.jusou.graph.timeline;

import jp.jusou.graph.support.Labelled;

/** What a timeline entry records, with the label users read. */
public enum TimelineKind implements Labelled {

	CASE("ケース"), CONSULTATION("相談"), REFERRAL("つなぎ"), VISIT("訪問"), SIGNAL("気づき・情報提供"), MEETING("会議"), PLAN("支援プラン"),
	CONSENT("同意"), PARTICIPATION("参加支援"), HOUSEHOLD("世帯の変更"), ASSESSMENT("アセスメント");

	private final String label;

	TimelineKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
