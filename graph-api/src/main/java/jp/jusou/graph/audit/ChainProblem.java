package jp.jusou.graph.audit;

import jp.jusou.graph.support.Labelled;

/** Why the audit chain did not verify (auditChain's problem). */
public enum ChainProblem implements Labelled {

	/** An event's seal, sequence or link does not verify. */
	EVENT_BROKEN("記録の改ざん・削除・付け替えの疑い"),
	/** The head is not the last event. */
	HEAD_MISMATCH("最新記録の不一致"),
	/** Events the checkpoint outside the database saw are missing. */
	BEHIND_CHECKPOINT("チェックポイントより記録が少ない（削除または古いバックアップからの復元）"),
	/** The event at the checkpoint is not the one it saw. */
	CHECKPOINT_MISMATCH("チェックポイントの不一致"),
	/** The checkpoint file was edited. */
	CHECKPOINT_UNSEALED("チェックポイントの封印なし"),
	/** Sealed events but no checkpoint file. */
	CHECKPOINT_MISSING("チェックポイントなし");

	private final String label;

	ChainProblem(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
