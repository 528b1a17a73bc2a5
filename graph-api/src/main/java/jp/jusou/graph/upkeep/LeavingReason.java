package jp.jusou.graph.upkeep;

import jp.jusou.graph.support.Labelled;

/** Why a member left the household, with the label users read. */
public enum LeavingReason implements Labelled {

	MOVED_OUT("転居"), DIED("死亡"), ENTERED_FACILITY("施設入所"), OTHER("その他");

	private final String label;

	LeavingReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
