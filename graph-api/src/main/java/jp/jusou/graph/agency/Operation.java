package jp.jusou.graph.agency;

import jp.jusou.graph.support.Labelled;

/** How the municipality runs a service: 直営 or 委託. */
public enum Operation implements Labelled {

	DIRECT, CONTRACTED;

}
