package jp.jusou.graph.audit;

/**
 * One audit journal as {@link JournalVerification} found it (auditChain's journals).
 *
 * @param lines whole lines in the file
 * @param shipped lines the database says it copied
 * @param problem null when the journal verifies
 * @param firstBrokenLine the first line that does not verify, when one does not
 */
public record JournalStatus(String journal, int lines, long shipped, boolean valid, ChainProblem problem,
		Long firstBrokenLine) {

	static JournalStatus broken(String journal, int lines, long shipped, ChainProblem problem, Long firstBrokenLine) {
		return new JournalStatus(journal, lines, shipped, false, problem, firstBrokenLine);
	}

}
