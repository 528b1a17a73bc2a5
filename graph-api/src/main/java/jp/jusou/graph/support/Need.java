package jp.jusou.graph.support;

/**
 * Needs people have and what resources offer: one vocabulary for plans, gaps and
 * matching.
 */
public enum Need implements Labelled {

	PLACE_TO_BELONG, SOCIAL_CONTACT, WORK_EXPERIENCE, JOB_SUPPORT, MEALS, LEARNING, CHILDCARE, EXERCISE, WATCHING_OVER,
	CONSULTATION, MONEY_MANAGEMENT, TRANSPORT, HOUSING;

	/** Stored values that are no longer known are skipped by readers, not fatal. */
	public static Need orNull(String value) {
		try {
			return value == null ? null : valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
