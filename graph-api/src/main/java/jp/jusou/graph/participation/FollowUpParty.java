package jp.jusou.graph.participation;

import jp.jusou.graph.support.Labelled;

/** Whom a follow-up was with (the schema's FollowUpParty; stored as text). */
public enum FollowUpParty implements Labelled {

	PERSON, HOST;

}
