package jp.jusou.graph.support;

/** Ages are shown as ten-year bands (e.g. 80-89), never as birth dates. */
public final class AgeBand {

	private AgeBand() {
	}

	private static int age(int birthYear, int currentYear) {
		return Math.max(0, currentYear - birthYear);
	}

	public static String of(int birthYear, int currentYear) {
		int age = age(birthYear, currentYear);
		if (age >= 90) {
			return "90+";
		}
		int lower = age / 10 * 10;
		return lower + "-" + (lower + 9);
	}

}
