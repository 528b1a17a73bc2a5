package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** Which way a referral (つなぎ) went. */
public enum ReferralDirection implements Labelled {

	TO_COORDINATION("多機関協働へ"), BACK_TO_AGENCY("単独機関へ戻す"), BETWEEN_AGENCIES("機関間のつなぎ");

	private final String label;

	ReferralDirection(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
