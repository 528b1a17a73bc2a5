package jp.jusou.graph.identification;

import java.text.Normalizer;

/**
 * Names compared as a window hears them: NFKC (full- and half-width alike, 半角カナ to 全角),
 * hiragana as katakana, and no spaces of any width.
 */
public final class PersonName {

	private PersonName() {
	}

	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
		StringBuilder normalised = new StringBuilder(nfkc.length());
		nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(cp -> {
			boolean hiragana = cp >= 0x3041 && cp <= 0x3096;
			normalised.appendCodePoint(hiragana ? cp + 0x60 : cp);
		});
		return normalised.toString();
	}

	/**
	 * True when either the name or the kana given matches the graph's, once normalised.
	 */
	public static boolean matches(String toldName, String toldKana, String name, String nameKana) {
		String told = normalise(toldName);
		String kana = normalise(toldKana);
		return (!told.isEmpty() && (told.equals(normalise(name)) || told.equals(normalise(nameKana))))
				|| (!kana.isEmpty() && kana.equals(normalise(nameKana)));
	}

}
