package jp.jusou.graph.access;

import jp.jusou.graph.support.Labelled;

/**
 * The ways person-level data may reach a user, with the label users read: the three bases
 * of an item or a member, and the outreach assignment, which opens a home's address and
 * location only.
 */
public enum AccessBasis implements Labelled {

	OWN_AGENCY, CONSENT, SUPPORT_MEETING, OUTREACH_ASSIGNMENT;

}
