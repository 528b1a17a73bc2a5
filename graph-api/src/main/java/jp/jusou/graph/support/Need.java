package jp.jusou.graph.support;

/**
 * Needs people have and what resources offer: one vocabulary for plans, gaps and
 * matching.
 */
public enum Need implements Labelled {

	PLACE_TO_BELONG("居場所"), SOCIAL_CONTACT("交流・仲間づくり"), WORK_EXPERIENCE("就労体験"), JOB_SUPPORT("就労支援"), MEALS("食事・食料支援"),
	LEARNING("学習支援"), CHILDCARE("子育て支援"), EXERCISE("介護予防・運動"), WATCHING_OVER("見守り"), CONSULTATION("相談"),
	MONEY_MANAGEMENT("家計・金銭管理"), TRANSPORT("移動・外出支援"), HOUSING("住まいの確保");

	private final String label;

	Need(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

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
