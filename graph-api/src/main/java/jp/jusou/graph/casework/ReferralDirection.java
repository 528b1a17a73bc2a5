package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** Which way a referral (つなぎ) went. */
public enum ReferralDirection implements Labelled {

	TO_COORDINATION, BACK_TO_AGENCY, BETWEEN_AGENCIES;

}
