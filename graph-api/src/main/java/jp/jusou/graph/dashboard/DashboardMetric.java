package jp.jusou.graph.dashboard;

/** What a dashboard cell counts, with the label users read. */
public enum DashboardMetric {

	CONSULTATIONS("相談受付件数"), PLANS("支援プラン作成件数"), MEETINGS("会議開催回数"), CASES_REVIEWED("事例検討件数"),
	REFERRALS("多機関協働へのつなぎ件数"), PARTICIPATION_MATCHES("参加支援のマッチング件数"),
	VISITS("訪問延件数"), HOUSEHOLDS_VISITED("訪問実件数"), RESOURCES("社会資源数"), ACTIVITIES("活動数"),
	ISOLATED_RESIDENTS("孤立のおそれがある住民数");

	private final String label;

	DashboardMetric(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
