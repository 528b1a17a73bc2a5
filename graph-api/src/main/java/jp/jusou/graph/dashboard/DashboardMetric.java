package jp.jusou.graph.dashboard;

import jp.jusou.graph.support.Labelled;

/** What a dashboard cell counts, with the label users read. */
public enum DashboardMetric implements Labelled {

	CONSULTATIONS(true), PLANS(true), MEETINGS(false), CASES_REVIEWED(true), REFERRALS(true), REFERRAL_ROUTES(true),
	PARTICIPATION_MATCHES(true), VISITS(true), HOUSEHOLDS_VISITED(true), RESOURCES(false), ACTIVITIES(false),
	ISOLATED_RESIDENTS(true);

	private final boolean personDerived;

	DashboardMetric(boolean personDerived) {
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

}
