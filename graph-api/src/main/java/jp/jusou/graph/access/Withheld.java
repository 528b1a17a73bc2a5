package jp.jusou.graph.access;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jp.jusou.graph.support.Field;

/** What an answer left out, of which categories, why, and what would open it. */
public record Withheld(int count, List<Field> categories, String reason, String howToOpen) {

	static final String NO_BASIS = "閲覧の根拠がありません: 自機関の記録ではなく、この利用目的と分野を含む有効な本人同意もなく、"
			+ "自機関が出席した支援会議（開催から期間内、開催日までの記録、支援目的）での共有にも当たりません"
			+ " (no basis: not recorded by your agency, no consent in force covers its category for this purpose, and no"
			+ " 支援会議 your agency attended shares it — a 支援会議 shares what existed on its date, for support purposes,"
			+ " for a limited period)";

	static final String HOW_TO_OPEN = "本人から情報共有の同意を得る（重層的支援会議の前提）か、支援会議（社会福祉法第106条の6）で構成員として共有を受けてください"
			+ " (ask the person for consent, or have a 支援会議 with your agency as a member discuss the household)";

	/** Null when nothing was withheld, so clients can test for presence. */
	public static Withheld of(int count, Collection<Field> withheldCategories) {
		if (count == 0) {
			return null;
		}
		return new Withheld(count, List.copyOf(new TreeSet<>(withheldCategories)), NO_BASIS, HOW_TO_OPEN);
	}

	/** The same, its categories left out (a reader without a basis in the household). */
	public Withheld withoutCategories() {
		return new Withheld(count, List.of(), reason, howToOpen);
	}

	static final String WATCHER_NOT_AGREED = "見守る人が、本人を支援する機関への氏名の共有に同意していません。記録した機関だけが読めます"
			+ " (the watcher did not agree to be named to the person's supporters; only the recording agency reads it)";

	static final String HOW_TO_OPEN_WATCHER = "見守る人に氏名の共有の同意を得て記録し直すか、記録した機関に問い合わせてください"
			+ " (ask the watcher's agreement and record the tie again, or ask the agency that recorded it)";

	/** A watcher's name (graph-model.md, "Ties"): private to the recording agency. */
	public static Withheld watcherName() {
		return new Withheld(1, List.of(), WATCHER_NOT_AGREED, HOW_TO_OPEN_WATCHER);
	}

	public static Withheld identities(int count) {
		if (count == 0) {
			return null;
		}
		return new Withheld(count, List.of(), NO_BASIS, HOW_TO_OPEN);
	}
}
