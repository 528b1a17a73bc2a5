package jp.jusou.graph.support;

import org.neo4j.driver.Value;

/** A WGS84 point and whether it was placed by hand. */
public record GeoPoint(double latitude, double longitude, boolean approximate) {

	/**
	 * Reads {@code {latitude, longitude, approximate}} maps that the named queries
	 * return.
	 */
	public static GeoPoint from(Value map) {
		if (map == null || map.isNull() || map.get("latitude").isNull()) {
			return null;
		}
		return new GeoPoint(map.get("latitude").asDouble(), map.get("longitude").asDouble(),
				map.get("approximate").asBoolean(false));
	}
}
