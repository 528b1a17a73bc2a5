package jp.jusou.graph.support;

/** No node has the id given in {@code argument}. */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String what, String id) {
		super(argument + ": no " + what + " with id '" + id + "' (該当する" + japanese(what) + "がありません)");
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}

	private static String japanese(String what) {
		return switch (what) {
			case "household" -> "世帯";
			case "agency" -> "支援関係機関";
			case "area" -> "圏域";
			case "activity" -> "活動";
			case "person" -> "本人";
			case "consent" -> "同意";
			default -> "対象";
		};
	}

}
