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
	CHECKPOINT_MISSING,
	/**
	 * A journal line's seal, number or link does not verify: the journal file was edited.
	 */
	JOURNAL_LINE_BROKEN,
	/** A journal line the database says it copied is missing there, or differs. */
	JOURNAL_NOT_IN_STORE,
	/** The database holds lines of a journal that its file does not: the file was cut. */
	JOURNAL_STORE_AHEAD,
	/** The database copied lines of a journal whose file is not in the journal folder. */
	JOURNAL_FILE_MISSING;

}
