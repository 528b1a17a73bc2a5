package jp.jusou.graph.resource;

/**
 * Distances are reported to 0.1 m; Neo4j computes them on the WGS84 sphere (haversine).
 */
public final class Distances {

	private Distances() {
	}

	public static double toDecimetre(double metres) {
		return Math.round(metres * 10) / 10.0;
	}

}
