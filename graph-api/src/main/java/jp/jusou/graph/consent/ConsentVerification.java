package jp.jusou.graph.consent;

import jp.jusou.graph.support.Labelled;

/** How a consent was confirmed (本人確認). */
public enum ConsentVerification implements Labelled {

	SIGNED, VERBAL, PROXY;

}
