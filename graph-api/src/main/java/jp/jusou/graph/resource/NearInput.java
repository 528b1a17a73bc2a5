package jp.jusou.graph.resource;

/** Where to search from: exactly one of a point or a household. */
public record NearInput(GeoPointInput point, String householdId) {

	/** A client-given WGS84 point. */
	public record GeoPointInput(Double latitude, Double longitude) {
	}
}
