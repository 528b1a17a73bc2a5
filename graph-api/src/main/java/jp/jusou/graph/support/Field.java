package jp.jusou.graph.support;

/** Welfare fields and data categories (分野), with the Japanese label users read. */
public enum Field implements Labelled {

	CARE("介護"), DISABILITY("障害"), CHILD("子ども・子育て"), POVERTY("生活困窮"), HEALTH("保健・医療"), HOUSING("住まい"), EDUCATION("教育"),
	CONSUMER("消費生活"), OTHER("多分野・その他");

	private final String label;

	Field(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

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
