package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** Which of the user's agency's referrals: those it received or those it sent. */
public enum ReferralSide implements Labelled {

	RECEIVED, SENT;

}
