package jp.jusou.graph.resource;

import jp.jusou.graph.support.Labelled;

/** Kinds of community resource (社会資源), with the label users read. */
public enum ResourceKind implements Labelled {

	COMMUNITY_HUB("地域拠点（区民ひろば型）"), SALON("サロン"), KAYOI_NO_BA("通いの場"), CHILDRENS_CAFETERIA("子ども食堂"),
	CHILDCARE_HUB("地域子育て支援拠点"), ACTIVITY_SUPPORT_CENTER("地域活動支援センター"), WORK_EXPERIENCE("就労体験先"),
	PUBLIC_FACILITY("公共施設"), CHILDCARE_FACILITY("子育て施設"), CARE_SERVICE("介護サービス事業所"), EVENT_VENUE("イベント会場"),
	OTHER("その他");

	private final String label;

	ResourceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Unknown stored kinds read as OTHER rather than failing a whole answer. */
	public static ResourceKind of(String value) {
		try {
			return value == null ? OTHER : valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return OTHER;
		}
	}

}
