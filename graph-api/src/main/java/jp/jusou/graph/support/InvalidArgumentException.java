package jp.jusou.graph.support;

/**
 * A client argument broke a rule. The message names the argument and the rule, in English
 * and Japanese, and is safe to show to the client.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	private final String rule;

	public InvalidArgumentException(String argument, String rule, String message) {
		super(argument + ": " + message);
		this.argument = argument;
		this.rule = rule;
	}

	public String argument() {
		return argument;
	}

	public String rule() {
		return rule;
	}

}
