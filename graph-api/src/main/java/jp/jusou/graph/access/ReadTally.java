package jp.jusou.graph.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Field;

/**
 * What one read showed and withheld, item by item: the persons, bases and categories
 * shown, the persons and categories withheld and how many items were — for its audit
 * record ({@link #read}) and for the {@code withheld} count the answer carries
 * ({@link #withheld()}).
 */
public final class ReadTally {

	private final Set<String> shownPersons = new TreeSet<>();

	private final Set<String> bases = new TreeSet<>();

	private final Set<Field> shownCategories = new TreeSet<>();

	private final Set<String> withheldPersons = new TreeSet<>();

	private final Set<Field> withheldCategories = new TreeSet<>();

	private int withheldCount;

	/**
	 * An item shown on {@code basis}, about {@code personId} (null: the household), of
	 * these categories.
	 */
	public void shown(Basis basis, String personId, Collection<Field> categories) {
		bases.add(basis.code());
		if (personId != null) {
			shownPersons.add(personId);
		}
		shownCategories.addAll(categories);
	}

	/**
	 * An item withheld, about {@code personId} (null: the household), of these
	 * categories.
	 */
	public void withheld(String personId, Collection<Field> categories) {
		withheldCount++;
		if (personId != null) {
			withheldPersons.add(personId);
		}
		withheldCategories.addAll(categories);
	}

	/** What the answer says was withheld; null when nothing was. */
	public Withheld withheld() {
		return Withheld.of(withheldCount, withheldCategories);
	}

	/** The audit record of the read. */
	public PersonalDataRead read(String operation, Set<String> householdIds) {
		return new PersonalDataRead(operation, householdIds, shownPersons, bases, shownCategories, withheldPersons,
				withheldCategories, withheldCount);
	}

}
