package jp.jusou.graph.casework;

import jp.jusou.graph.support.Labelled;

/** What a 名寄せ candidate has in common with the person at the window. */
enum MatchedOn implements Labelled {

	/** The name or kana, normalised. */
	NAME,
	/** The year of birth. */
	BIRTH_YEAR,
	/** The household's address, normalised. */
	ADDRESS

}
