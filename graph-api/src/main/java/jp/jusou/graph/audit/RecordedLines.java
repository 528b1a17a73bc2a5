package jp.jusou.graph.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * One journal's records folded in line order into a SHA-256 digest, with how many there
 * are: a journal file's copied lines on one side, the database's copies of them met in
 * the chain's order on the other. Equal folds mean the same records at the same line
 * numbers in the same order (the line number is in the digest), without holding either
 * side in memory.
 */
final class RecordedLines {

	private final MessageDigest digest;

	private long count;

	private byte[] folded;

	RecordedLines() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	void add(long line, RecordedRead read) {
		read.addTo(digest, line);
		count++;
	}

	long count() {
		return count;
	}

	/** True when both folds hold the same records; each fold ends when first compared. */
	boolean sameAs(RecordedLines other) {
		return count == other.count && Arrays.equals(folded(), other.folded());
	}

	private byte[] folded() {
		if (folded == null) {
			folded = digest.digest();
		}
		return folded;
	}

}
