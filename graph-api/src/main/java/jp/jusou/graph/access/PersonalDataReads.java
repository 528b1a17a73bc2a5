package jp.jusou.graph.access;

import java.util.Collection;

/**
 * Told of every answer that carried person-level data, and of what was withheld. This is the seam
 * the audit log fills (the consent and audit issue): an implementation that cannot record must throw,
 * so the data is not returned.
 */
public interface PersonalDataReads {

	/**
	 * @param subject who read
	 * @param operation the GraphQL field, e.g. {@code Household.members}
	 * @param personIds persons whose data was returned
	 * @param bases the bases it was returned on
	 * @param withheld how many items were withheld
	 */
	void record(AccessSubject subject, String operation, Collection<String> personIds, Collection<Basis> bases,
			int withheld);
}
