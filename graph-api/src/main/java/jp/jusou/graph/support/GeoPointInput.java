package jp.jusou.graph.support;

/** A client-given WGS84 point (the schema's GeoPointInput). */
public record GeoPointInput(Double latitude, Double longitude) {

	/** The point, checked; {@code argument} names it in the error. */
	public GeoPoint checked(String argument) {
		return Validate.point(argument, latitude, longitude);
	}
}
