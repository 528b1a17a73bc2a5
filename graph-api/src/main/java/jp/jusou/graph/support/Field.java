package jp.jusou.graph.support;

/** Welfare fields and data categories (分野), with the Japanese label users read. */
public enum Field implements Labelled {

	CARE, DISABILITY, CHILD, POVERTY, HEALTH, HOUSING, EDUCATION, CONSUMER, OTHER;

	/** Unknown or missing values read as OTHER rather than failing a whole answer. */
	public static Field of(String value) {
		if (value == null) {
			return OTHER;
		}
		try {
			return valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return OTHER;
		}
	}

}
