package jp.jusou.graph.audit;

import jp.jusou.graph.support.Labelled;

/** Why the audit chain did not verify (auditChain's problem). */
public enum ChainProblem implements Labelled {

	/** An event's seal, sequence or link does not verify. */
	EVENT_BROKEN,
	/** The head is not the last event. */
	HEAD_MISMATCH,
	/** Events the checkpoint outside the database saw are missing. */
	BEHIND_CHECKPOINT,
	/** The event at the checkpoint is not the one it saw. */
	CHECKPOINT_MISMATCH,
	/** The checkpoint file was edited. */
	CHECKPOINT_UNSEALED,
	/** Sealed events but no checkpoint file. */
	CHECKPOINT_MISSING;

}
