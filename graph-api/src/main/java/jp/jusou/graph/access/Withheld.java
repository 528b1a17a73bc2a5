package jp.jusou.graph.access;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jp.jusou.graph.support.Field;

/** What an answer left out, of which categories, why, and what would open it. */
public record Withheld(int count, List<Field> categories, String reason, String howToOpen) {

	static final String NO_BASIS = "閲覧の根拠がありません: 自機関の記録ではなく、有効な本人同意も、支援会議の構成員資格もありません"
			+ " (no basis: not recorded by your agency, no consent covers it, and your agency attended no 支援会議 on this household)";

	static final String HOW_TO_OPEN = "本人から情報共有の同意を得る（重層的支援会議の前提）か、支援会議（社会福祉法第106条の6）で構成員として共有を受けてください"
			+ " (ask the person for consent, or convene a 支援会議 with your agency as a member)";

	/** Null when nothing was withheld, so clients can test for presence. */
	public static Withheld of(Collection<Field> withheldCategories) {
		if (withheldCategories.isEmpty()) {
			return null;
		}
		return new Withheld(withheldCategories.size(), List.copyOf(new TreeSet<>(withheldCategories)), NO_BASIS,
				HOW_TO_OPEN);
	}

	public static Withheld identities(int count) {
		if (count == 0) {
			return null;
		}
		return new Withheld(count, List.of(), NO_BASIS, HOW_TO_OPEN);
	}
}
