package jp.jusou.graph.household;

import java.util.List;

/** A page of households in the Relay connection shape. */
public record HouseholdPage(List<Edge> edges, PageInfo pageInfo) {

	/** One household and its cursor. */
	public record Edge(String cursor, Household node) {
	}

	/** Whether more follow, and where this page ended. */
	public record PageInfo(boolean hasNextPage, String endCursor) {
	}
}
