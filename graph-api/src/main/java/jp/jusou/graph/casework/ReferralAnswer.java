package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** The receiving window's answer to a referral. */
public enum ReferralAnswer implements Labelled {

	ACCEPT, SEND_BACK;

}
