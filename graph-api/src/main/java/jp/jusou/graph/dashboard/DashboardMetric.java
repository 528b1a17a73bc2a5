package jp.jusou.graph.dashboard;

import jp.jusou.graph.support.Labelled;

/** What a dashboard cell counts, with the label users read. */
public enum DashboardMetric implements Labelled {

	CONSULTATIONS("相談受付件数", true), PLANS("支援プラン作成件数", true), MEETINGS("会議開催回数", false), CASES_REVIEWED("事例検討件数", true),
	REFERRALS("多機関協働へのつなぎ件数", true), REFERRAL_ROUTES("機関間のつなぎ件数（つなぎ元分野→つなぎ先分野）", true),
	PARTICIPATION_MATCHES("参加支援のマッチング件数", true), VISITS("訪問延件数", true), HOUSEHOLDS_VISITED("訪問実件数", true),
	RESOURCES("社会資源数", false), ACTIVITIES("活動数", false), ISOLATED_RESIDENTS("孤立のおそれがある住民数", true);

	private final String label;

	private final boolean personDerived;

	DashboardMetric(String label, boolean personDerived) {
		this.label = label;
		this.personDerived = personDerived;
	}

	/**
	 * True when the count is derived from persons (consultations, cases, plans,
	 * referrals, visits, participation, isolated residents): small counts of it are
	 * suppressed. Counts of public things (resources, activities, meetings held) are
	 * shown as they are.
	 */
	public boolean personDerived() {
		return personDerived;
	}

	public String label() {
		return label;
	}

}
