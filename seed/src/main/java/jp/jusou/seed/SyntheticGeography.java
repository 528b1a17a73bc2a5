package jp.jusou.seed;

import java.util.Random;

/**
 * Where a synthetic city's residents live: a square around a centre, cut into a grid of
 * areas, with residents clustered around towns placed at random (the same seed, the same
 * towns).
 */
final class SyntheticGeography {

	static final double CENTRE_LATITUDE = 37.4948;

	static final double CENTRE_LONGITUDE = 139.9298;

	static final double HALF_SIDE_METRES = 10_000;

	static final int AREA_GRID = 4;

	static final int TOWNS = 40;

	private final double[][] towns;

	SyntheticGeography(Random random) {
		this.towns = new double[TOWNS][];
		for (int i = 0; i < TOWNS; i++) {
			this.towns[i] = new double[] { uniform(random), uniform(random) };
		}
	}

	double[] nearTown(Random random) {
		double[] town = towns[random.nextInt(TOWNS)];
		double north = clamp(town[0] + random.nextGaussian() * 700);
		double east = clamp(town[1] + random.nextGaussian() * 700);
		return new double[] { CENTRE_LATITUDE + north / 111_000.0,
				CENTRE_LONGITUDE + east / (111_000.0 * Math.cos(Math.toRadians(CENTRE_LATITUDE))) };
	}

	String areaOf(double[] latLon) {
		double north = (latLon[0] - CENTRE_LATITUDE) * 111_000.0 + HALF_SIDE_METRES;
		double east = (latLon[1] - CENTRE_LONGITUDE) * 111_000.0 * Math.cos(Math.toRadians(CENTRE_LATITUDE))
				+ HALF_SIDE_METRES;
		int row = (int) Math.min(AREA_GRID - 1, Math.max(0, north / (2 * HALF_SIDE_METRES / AREA_GRID)));
		int column = (int) Math.min(AREA_GRID - 1, Math.max(0, east / (2 * HALF_SIDE_METRES / AREA_GRID)));
		return "syn-area-" + (row * AREA_GRID + column);
	}

	private static double uniform(Random random) {
		return (random.nextDouble() * 2 - 1) * HALF_SIDE_METRES * 0.9;
	}

	private static double clamp(double metres) {
		return Math.max(-HALF_SIDE_METRES, Math.min(HALF_SIDE_METRES, metres));
	}

}
