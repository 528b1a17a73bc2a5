package jp.jusou.graph.support;

/**
 * The user asked to use personal data (e.g. a household's home as a search centre) for which the
 * graph shows no basis. The message says what would open it.
 */
public class NoBasisException extends RuntimeException {

	private final String argument;

	public NoBasisException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}
}
