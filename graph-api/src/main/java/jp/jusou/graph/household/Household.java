package jp.jusou.graph.household;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.support.GeoPoint;

/**
 * A household as read for one user: what the graph holds, the user's access facts, and
 * what the policy decided from them (which members the user may know, on which basis),
 * and the members and involvements read with it when the request selected them
 * ({@code details}; not part of the API).
 */
public record Household(String id, Area area, GeoPoint homeLocation, String homeAddress, boolean locationShown,
		List<HouseholdPattern> assessedPatterns, HouseholdAccess access, Map<String, Basis> memberBases,
		Withheld withheldMembers, HouseholdDetails details) {

	/** This household carrying {@code read}. */
	Household withDetails(HouseholdDetails read) {
		return new Household(id, area, homeLocation, homeAddress, locationShown, assessedPatterns, access, memberBases,
				withheldMembers, read);
	}

	/** True when the user has a basis for at least one member. */
	public boolean visible() {
		return !memberBases.isEmpty();
	}

	/**
	 * The home, for a user who may know a member, or — for outreach — whose agency was
	 * assigned to reach it.
	 */
	public GeoPoint location() {
		return locationShown ? homeLocation : null;
	}

	/** The home's address, to the same users as its location. */
	public String address() {
		return locationShown ? homeAddress : null;
	}

	public List<HouseholdPattern> patterns() {
		return visible() ? assessedPatterns : List.of();
	}

	public List<String> patternLabels() {
		return patterns().stream().map(HouseholdPattern::label).toList();
	}
}
