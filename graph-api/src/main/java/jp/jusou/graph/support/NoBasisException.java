package jp.jusou.graph.support;

/**
 * The user asked to use personal data (e.g. a household's home as a search centre) for
 * which the graph shows no basis. The message says what would open it.
 */
public class NoBasisException extends RuntimeException {

	private final String argument;

	public NoBasisException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	/**
	 * The signed-in staff member works at no agency, so no agency-based rule can apply.
	 */
	public static NoBasisException withoutAgency() {
		return new NoBasisException("input", "your staff record belongs to no agency (所属機関が登録されていません)");
	}

	public String argument() {
		return argument;
	}

}
