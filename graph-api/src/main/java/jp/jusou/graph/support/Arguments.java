package jp.jusou.graph.support;

/** Checks on client arguments that several features share. */
public final class Arguments {

	private Arguments() {
	}

	/** Radii are capped so one request cannot scan the whole city. */
	public static int radius(String argument, int radiusMeters, int maxRadiusMeters) {
		if (radiusMeters < 1 || radiusMeters > maxRadiusMeters) {
			throw new InvalidArgumentException(argument, "range", "must be between 1 and " + maxRadiusMeters
					+ " metres, was " + radiusMeters + " (半径は1〜" + maxRadiusMeters + "メートルで指定してください)");
		}
		return radiusMeters;
	}

	public static int pageSize(String argument, int first, int maxPageSize) {
		if (first < 1 || first > maxPageSize) {
			throw new InvalidArgumentException(argument, "range",
					"must be between 1 and " + maxPageSize + ", was " + first + " (件数は1〜" + maxPageSize + "で指定してください)");
		}
		return first;
	}

	public static double latitude(String argument, double latitude) {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new InvalidArgumentException(argument, "range",
					"latitude must be between -90 and 90 (緯度は-90〜90で指定してください)");
		}
		return latitude;
	}

	public static double longitude(String argument, double longitude) {
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new InvalidArgumentException(argument, "range",
					"longitude must be between -180 and 180 (経度は-180〜180で指定してください)");
		}
		return longitude;
	}

	public static String id(String argument, String id) {
		if (id == null || id.isBlank() || id.length() > 200) {
			throw new InvalidArgumentException(argument, "id",
					"must be a non-empty id of at most 200 characters (IDが不正です)");
		}
		return id;
	}

}
