package jp.jusou.graph.ties;

import java.text.Normalizer;

/**
 * Addresses as a 作成会 writes them beside the register's: NFKC, no spaces, 丁目・番地・番・号 and
 * every dash as one hyphen; one matches the other when either holds the other and the
 * shorter has at least four characters (新町12 in 涌谷町新町12番地).
 */
final class SupportMapAddress {

	private static final int SHORTEST = 4;

	private SupportMapAddress() {
	}

	static boolean matches(String drawn, String registered) {
		String a = normalise(drawn);
		String b = normalise(registered);
		if (a.length() < SHORTEST || b.length() < SHORTEST) {
			return false;
		}
		return a.contains(b) || b.contains(a);
	}

	static String normalise(String address) {
		if (address == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(address, Normalizer.Form.NFKC).replaceAll("\\s", "");
		return nfkc.replaceAll("丁目|番地の?|番の?|号|[‐‑–—―−ー-]", "-").replaceAll("-+", "-").replaceAll("-$", "");
	}

}
