package jp.jusou.graph.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.jusou.graph.support.CypherQueries;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The members and involvements of some households as read from the graph (named query
 * {@code household-details}), by household id, before AccessPolicy decides on each
 * involvement: member rows are only those the policy already allowed.
 * {@code household(id)} and {@code households} read them in the same read transaction as
 * the access facts when the request selects {@code members} or {@code agencies}; the
 * batch loaders read them for households that came without. Equal only to itself (a
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
	 * Reads, in one statement in the caller's transaction, the allowed members of
	 * {@code households} when {@code wanted.members()} and their involvements when
	 * {@code wanted.agencies()}.
	 */
	static HouseholdDetails read(Neo4jClient neo4j, CypherQueries queries, List<Household> households, Wanted wanted) {
		List<Map<String, String>> allowed = new ArrayList<>();
		if (wanted.members()) {
			for (Household household : households) {
				household.memberBases()
					.keySet()
					.forEach(personId -> allowed.add(Map.of("householdId", household.id(), "personId", personId)));
			}
		}
		List<String> householdIds = wanted.agencies() ? households.stream().map(Household::id).toList() : List.of();
		Map<String, List<Value>> members = new HashMap<>();
		Map<String, List<Value>> involvements = new HashMap<>();
		if (!allowed.isEmpty() || !householdIds.isEmpty()) {
			neo4j.query(queries.get("household-details"))
				.bindAll(Map.of("allowed", allowed, "householdIds", householdIds))
				.fetchAs(Void.class)
				.mappedBy((types, record) -> {
					record.get("members").values().forEach(member -> group(members, member));
					record.get("involvements").values().forEach(involvement -> group(involvements, involvement));
					return null;
				})
				.one();
		}
		return new HouseholdDetails(wanted, members, involvements);
	}

	/** The allowed member rows of a household, if this read included members. */
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
