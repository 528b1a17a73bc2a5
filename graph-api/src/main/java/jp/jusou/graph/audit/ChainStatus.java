package jp.jusou.graph.audit;

/**
 * What a verification of the whole chain found ({@link ChainVerification}).
 *
 * @param events how many events were walked
 * @param problem null when valid; else EVENT_BROKEN (an event's seal, sequence or link
 * does not verify), HEAD_MISMATCH (the head is not the last event), BEHIND_CHECKPOINT
 * (events the checkpoint outside the database saw are missing: deleted, or an older store
 * restored), CHECKPOINT_MISMATCH (the event at the checkpoint is not the one it saw),
 * CHECKPOINT_UNSEALED (the checkpoint file was edited), CHECKPOINT_MISSING (sealed events
 * but no checkpoint file)
 * @param checkpointSequence the last checkpoint's sequence, null when none was written
 * yet
 */
public record ChainStatus(int events, boolean valid, Long firstBrokenSequence, String problem,
		Long checkpointSequence) {

	static ChainStatus broken(int events, Long firstBrokenSequence, ChainProblem problem, Long checkpointSequence) {
		return new ChainStatus(events, false, firstBrokenSequence, problem.name(), checkpointSequence);
	}

}
