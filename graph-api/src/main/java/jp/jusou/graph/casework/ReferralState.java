package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/**
 * Where a referral (つなぎ) stands: waiting for the receiving window, accepted, or sent
 * back.
 */
public enum ReferralState implements Labelled {

	PENDING, ACCEPTED, RETURNED;

}
