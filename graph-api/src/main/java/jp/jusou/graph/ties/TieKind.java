package jp.jusou.graph.ties;

import jp.jusou.graph.support.Labelled;

/** What kind of tie a person has with someone who watches over them (stored as text). */
public enum TieKind implements Labelled {

	WATCHING, NEIGHBOURLY, WELFARE_COMMISSIONER, SALON_SUPPORTER, FAMILY_NEARBY, EVACUATION_SUPPORTER;

}
