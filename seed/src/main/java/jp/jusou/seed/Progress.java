package jp.jusou.seed;

/** Receives progress of a long import, so a command line or a log can show it. */
@FunctionalInterface
public interface Progress {

	/**
	 * @param step what is being imported, e.g. "persons"
	 * @param done rows written so far in this step
	 * @param total rows this step will write
	 */
	void report(String step, long done, long total);

	static Progress none() {
		return (step, done, total) -> {
		};
	}

}
