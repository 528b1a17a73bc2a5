package jp.jusou.graph.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.jusou.graph.support.NamedQueries;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The members and involvements of some households as read from the graph (the sections of
 * fragments/household.cypher), by household id, before AccessPolicy decides on each
 * member and involvement. {@code household(id)} reads them in the same statement as the
 * access facts and {@code households} in the same read transaction, when the request
 * selects {@code members} or {@code agencies}; the batch loaders read them (named query
 * {@code household-details}) for households that came without. Equal only to itself (a
 * household carrying it stays cheap to hash).
 */
public final class HouseholdDetails {

	/** Which of a household's fields a request selected. */
	public record Wanted(boolean members, boolean agencies) {

		static final Wanted NOTHING = new Wanted(false, false);

		boolean any() {
			return members || agencies;
		}
	}

	/** Nothing read yet: the batch loaders read what is selected. */
	static final HouseholdDetails NONE = new HouseholdDetails(Wanted.NOTHING, Map.of(), Map.of());

	private final Wanted read;

	private final Map<String, List<Value>> members;

	private final Map<String, List<Value>> involvements;

	private HouseholdDetails(Wanted read, Map<String, List<Value>> members, Map<String, List<Value>> involvements) {
		this.read = read;
		this.members = members;
		this.involvements = involvements;
	}

	/**
	 * Reads, in one statement in the caller's transaction, the members of the households
	 * {@code householdIds} when {@code wanted.members()} and their involvements when
	 * {@code wanted.agencies()}.
	 */
	static HouseholdDetails read(NamedQueries graph, List<String> householdIds, Wanted wanted) {
		return graph.query("household-details")
			.bindAll(Map.of("memberHouseholdIds", wanted.members() ? householdIds : List.of(), "householdIds",
					wanted.agencies() ? householdIds : List.of()))
			.fetchAs(HouseholdDetails.class)
			.mappedBy((types, record) -> of(wanted, record))
			.one()
			.orElseThrow();
	}

	/**
	 * The details in a record's {@code members} and {@code involvements} columns (the
	 * sections of fragments/household.cypher), as far as {@code wanted} says they were
	 * read.
	 */
	static HouseholdDetails of(Wanted wanted, Record record) {
		Map<String, List<Value>> members = new HashMap<>();
		Map<String, List<Value>> involvements = new HashMap<>();
		record.get("members").values().forEach(member -> group(members, member));
		record.get("involvements").values().forEach(involvement -> group(involvements, involvement));
		return new HouseholdDetails(wanted, members, involvements);
	}

	/**
	 * The member rows of a household, every member, if this read included members:
	 * HouseholdService keeps those the policy found a basis for.
	 */
	Optional<List<Value>> members(String householdId) {
		return read.members() ? Optional.of(members.getOrDefault(householdId, List.of())) : Optional.empty();
	}

	/** The involvement rows of a household, if this read included them. */
	Optional<List<Value>> involvements(String householdId) {
		return read.agencies() ? Optional.of(involvements.getOrDefault(householdId, List.of())) : Optional.empty();
	}

	private static void group(Map<String, List<Value>> byHousehold, Value row) {
		byHousehold.computeIfAbsent(row.get("householdId").asString(), id -> new ArrayList<>()).add(row);
	}

}
