package jp.jusou.graph.access;


import java.util.Set;

import jp.jusou.graph.support.Field;

/**
 * One read of person-level data, as the audit log records it: what was shown on which bases, and
 * what was withheld (a denied attempt). Built by the services, one per GraphQL field and batch.
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

	public static String basisCode(Basis basis) {
		String reference = basis.consentId() != null ? basis.consentId() : basis.meetingId();
		return reference == null ? basis.kind().name() : basis.kind().name() + ":" + reference;
	}

	/** A request refused before any data was read (a role without case work, no basis for a centre). */
	public static PersonalDataRead denied(String operation) {
		return new PersonalDataRead(operation, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1);
	}

}
