package jp.jusou.graph.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.support.Field;

/**
 * One read of person-level data, as the audit log records it: what was shown on which
 * bases, and what was withheld (a denied attempt). Built by the services, one per GraphQL
 * field and batch, and combined into one per request ({@link #combine}) before the audit
 * log records it.
 *
 * @param operation the GraphQL field, e.g. {@code Household.members}
 * @param householdIds households touched
 * @param shownPersonIds persons whose data was returned
 * @param bases the bases it was returned on, e.g. {@code CONSENT:c-reita-ume}
 * @param shownCategories data categories returned
 * @param withheldPersonIds persons whose data was withheld, where the item named one
 * @param withheldCategories categories withheld
 * @param withheldCount how many items were withheld
 */
public record PersonalDataRead(String operation, Set<String> householdIds, Set<String> shownPersonIds,
		Set<String> bases, Set<Field> shownCategories, Set<String> withheldPersonIds, Set<Field> withheldCategories,
		int withheldCount) {

	/**
	 * A read of the field the subject asks for (its name filled in when the subject
	 * records it).
	 */
	public PersonalDataRead(Set<String> householdIds, Set<String> shownPersonIds, Set<String> bases,
			Set<Field> shownCategories, Set<String> withheldPersonIds, Set<Field> withheldCategories,
			int withheldCount) {
		this(null, householdIds, shownPersonIds, bases, shownCategories, withheldPersonIds, withheldCategories,
				withheldCount);
	}

	/** This read, of the field at {@code coordinates}. */
	public PersonalDataRead named(String coordinates) {
		return new PersonalDataRead(coordinates, householdIds, shownPersonIds, bases, shownCategories,
				withheldPersonIds, withheldCategories, withheldCount);
	}

	/**
	 * The reads of one request as one: the operation is the request's top-level field (or
	 * fields, in order, joined by ", "), the sets are the unions, and the withheld count
	 * is the sum over the fields.
	 */
	public static PersonalDataRead combine(List<PersonalDataRead> reads) {
		if (reads.size() == 1) {
			return reads.get(0);
		}
		Set<String> roots = new LinkedHashSet<>();
		Set<String> all = new LinkedHashSet<>();
		Set<String> householdIds = new TreeSet<>();
		Set<String> shown = new TreeSet<>();
		Set<String> bases = new TreeSet<>();
		Set<Field> shownCategories = new TreeSet<>();
		Set<String> withheld = new TreeSet<>();
		Set<Field> withheldCategories = new TreeSet<>();
		int withheldCount = 0;
		for (PersonalDataRead read : reads) {
			String operation = String.valueOf(read.operation());
			all.add(operation);
			if (operation.startsWith("Query.") || operation.startsWith("Mutation.")) {
				roots.add(operation);
			}
			householdIds.addAll(read.householdIds());
			shown.addAll(read.shownPersonIds());
			bases.addAll(read.bases());
			shownCategories.addAll(read.shownCategories());
			withheld.addAll(read.withheldPersonIds());
			withheldCategories.addAll(read.withheldCategories());
			withheldCount += read.withheldCount();
		}
		return new PersonalDataRead(String.join(", ", new ArrayList<>(roots.isEmpty() ? all : roots)), householdIds,
				shown, bases, shownCategories, withheld, withheldCategories, withheldCount);
	}

	/**
	 * A request refused before any data was read (a role without case work, no basis for
	 * a centre).
	 */
	public static PersonalDataRead denied() {
		return new PersonalDataRead(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1);
	}

}
