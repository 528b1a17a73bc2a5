package jp.jusou.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic synthetic city: the same {@code persons} and {@code seed} always give
 * the same graph. Households are generated chunk by chunk, each chunk from its own random
 * stream, so memory stays bounded whatever the size. Residents cluster around towns
 * inside a 20 km × 20 km square centred on 会津若松市; shares of household patterns follow the
 * proportions in {@link #nextHousehold}. Every id starts with {@code syn-}, so a
 * synthetic city never collides with the demo city.
 */
public final class SyntheticCity {

	static final double CENTRE_LATITUDE = 37.4948;

	static final double CENTRE_LONGITUDE = 139.9298;

	static final double HALF_SIDE_METRES = 10_000;

	static final int AREA_GRID = 4;

	static final int TOWNS = 40;

	static final String[] FIELDS = { "CARE", "DISABILITY", "CHILD", "POVERTY" };

	static final String[] RESOURCE_KINDS = { "COMMUNITY_HUB", "SALON", "KAYOI_NO_BA", "CHILDRENS_CAFETERIA",
			"CHILDCARE_HUB", "ACTIVITY_SUPPORT_CENTER", "WORK_EXPERIENCE" };

	static final String[] WEEKDAYS = { "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN" };

	static final double AVERAGE_HOUSEHOLD_SIZE = 1.67;

	static final String COORDINATOR_ID = "syn-ag-coordinator";

	private final int persons;

	private final long seed;

	private final LocalDate today;

	private final double[][] towns;

	public SyntheticCity(int persons, long seed, LocalDate today) {
		if (persons < 1) {
			throw new IllegalArgumentException("persons must be at least 1");
		}
		this.persons = persons;
		this.seed = seed;
		this.today = today;
		Random random = new Random(seed);
		this.towns = new double[TOWNS][];
		for (int i = 0; i < TOWNS; i++) {
			this.towns[i] = new double[] { uniform(random), uniform(random) };
		}
	}

	public long seed() {
		return seed;
	}

	public int persons() {
		return persons;
	}

	public int agencyCount() {
		return Math.max(20, persons / 250);
	}

	public int resourceCount() {
		return Math.max(20, persons / 100);
	}

	public List<Map<String, Object>> areas() {
		List<Map<String, Object>> areas = new ArrayList<>();
		for (int i = 0; i < AREA_GRID * AREA_GRID; i++) {
			areas.add(Map.of("id", "syn-area-" + i, "name", "合成圏域" + (i + 1), "kind", "日常生活圏域", "municipality",
					"合成市（架空）"));
		}
		return areas;
	}

	public List<Map<String, Object>> agencies() {
		List<Map<String, Object>> agencies = new ArrayList<>();
		Random random = new Random(seed ^ 0xA6E4C1L);
		agencies.add(agency(COORDINATOR_ID, "合成市 多機関協働（架空）", "OTHER", List.of(5, 6), "DIRECT", 0, 0));
		for (int i = 1; i < agencyCount(); i++) {
			String field = FIELDS[i % FIELDS.length];
			double[] at = nearTown(random);
			agencies.add(agency("syn-ag-" + i, "合成" + label(field) + "相談機関" + i + "（架空）", field, List.of(1),
					random.nextInt(3) == 0 ? "DIRECT" : "CONTRACTED", at[0], at[1]));
		}
		return agencies;
	}

	public List<Map<String, Object>> resources() {
		List<Map<String, Object>> resources = new ArrayList<>();
		Random random = new Random(seed ^ 0x5E50_42CEL);
		for (int i = 0; i < resourceCount(); i++) {
			double[] at = nearTown(random);
			String kind = RESOURCE_KINDS[random.nextInt(RESOURCE_KINDS.length)];
			List<Map<String, Object>> activities = new ArrayList<>();
			int activityCount = 1 + random.nextInt(3);
			for (int a = 0; a < activityCount; a++) {
				int start = 9 + random.nextInt(9);
				boolean forOlder = kind.equals("SALON") || kind.equals("KAYOI_NO_BA");
				boolean forChildren = kind.equals("CHILDRENS_CAFETERIA") || kind.equals("CHILDCARE_HUB");
				Map<String, Object> activity = new HashMap<>();
				activity.put("id", "syn-act-" + i + "-" + a);
				activity.put("name", "合成活動" + i + "-" + a);
				activity.put("weekdays", List.of(WEEKDAYS[random.nextInt(7)]));
				activity.put("startTime", String.format("%02d:00", start));
				activity.put("endTime", String.format("%02d:00", start + 2));
				activity.put("targetAgeMin", targetAgeMin(forOlder, forChildren));
				activity.put("targetAgeMax", forChildren ? Integer.valueOf(18) : null);
				activities.add(activity);
			}
			Map<String, Object> resource = new HashMap<>();
			resource.put("id", "syn-res-" + i);
			resource.put("name", "合成資源" + i + "（架空）");
			resource.put("kind", kind);
			resource.put("latitude", at[0]);
			resource.put("longitude", at[1]);
			resource.put("area", areaOf(at));
			resource.put("activities", activities);
			resources.add(resource);
		}
		return resources;
	}

	/** Household chunks: chunk {@code index} always holds the same households. */
	public Chunk chunk(int index, int householdsPerChunk) {
		Random random = new Random(seed * 31 + index);
		Chunk chunk = new Chunk();
		int firstHousehold = index * householdsPerChunk;
		for (int h = firstHousehold; h < firstHousehold + householdsPerChunk && h < householdCount(); h++) {
			nextHousehold(random, h, chunk);
		}
		return chunk;
	}

	/**
	 * The pattern shares below give 1.67 persons per household on average, so about
	 * {@code persons} in all.
	 */
	public int householdCount() {
		return (int) Math.max(1, Math.round(persons / AVERAGE_HOUSEHOLD_SIZE));
	}

	private void nextHousehold(Random random, int index, Chunk chunk) {
		String householdId = "syn-hh-" + index;
		double[] at = nearTown(random);
		int roll = random.nextInt(100);
		List<String> patterns = new ArrayList<>();
		List<int[]> members = new ArrayList<>(); // {age, dependant}
		List<String> relations = new ArrayList<>();
		if (roll < 16) {
			patterns.add("ELDERLY_ALONE");
			add(members, relations, 65 + random.nextInt(30), false, "HEAD");
		}
		else if (roll < 20) {
			patterns.add("EIGHTY_FIFTY");
			patterns.add("HIKIKOMORI");
			add(members, relations, 78 + random.nextInt(12), false, "HEAD");
			add(members, relations, 45 + random.nextInt(12), true, "CHILD");
		}
		else if (roll < 23) {
			patterns.add("DOUBLE_CARE");
			add(members, relations, 38 + random.nextInt(12), false, "HEAD");
			add(members, relations, 72 + random.nextInt(15), true, "MOTHER");
			add(members, relations, 1 + random.nextInt(8), true, "CHILD");
		}
		else if (roll < 24) {
			patterns.add("YOUNG_CARER");
			add(members, relations, 40 + random.nextInt(10), true, "HEAD");
			add(members, relations, 11 + random.nextInt(7), false, "CHILD");
		}
		else if (roll < 26) {
			patterns.add("POVERTY_WITH_DISABILITY");
			add(members, relations, 45 + random.nextInt(15), false, "HEAD");
			add(members, relations, 18 + random.nextInt(10), true, "CHILD");
		}
		else if (roll < 46) {
			add(members, relations, 20 + random.nextInt(45), false, "HEAD");
		}
		else if (roll < 100) {
			add(members, relations, 25 + random.nextInt(60), false, "HEAD");
			add(members, relations, 25 + random.nextInt(60), false, "SPOUSE");
		}
		Map<String, Object> household = new HashMap<>();
		household.put("id", householdId);
		household.put("latitude", at[0]);
		household.put("longitude", at[1]);
		household.put("area", areaOf(at));
		household.put("patterns", patterns);
		chunk.households.add(household);

		boolean complex = !patterns.isEmpty() && !patterns.contains("ELDERLY_ALONE");
		List<String> involvedAgencies = new ArrayList<>();
		for (int m = 0; m < members.size(); m++) {
			String personId = "syn-p-" + index + "-" + m;
			int age = members.get(m)[0];
			Map<String, Object> person = new HashMap<>();
			person.put("id", personId);
			person.put("household", householdId);
			person.put("name", "合成 住民" + index + "-" + m);
			person.put("birthYear", today.getYear() - age);
			person.put("relation", relations.get(m));
			person.put("dependant", members.get(m)[1] == 1);
			chunk.persons.add(person);
			boolean hasCase = complex ? random.nextInt(100) < 70 : random.nextInt(100) < 6;
			if (hasCase) {
				String field = fieldFor(age, random);
				String agencyId = agencyFor(field, random);
				involvedAgencies.add(agencyId);
				int opened = 10 + random.nextInt(1000);
				boolean closed = random.nextInt(5) == 0;
				Map<String, Object> caseRow = new HashMap<>();
				caseRow.put("id", "syn-case-" + index + "-" + m);
				caseRow.put("agency", agencyId);
				caseRow.put("person", personId);
				caseRow.put("field", field);
				caseRow.put("opened", today.minusDays(opened));
				caseRow.put("closed", closed ? today.minusDays(random.nextInt(opened)) : null);
				caseRow.put("status", closed ? "CLOSED" : "OPEN");
				chunk.cases.add(caseRow);
			}
			if (random.nextInt(100) < 8) {
				chunk.participations
					.add(Map.of("person", personId, "activity", "syn-act-" + random.nextInt(resourceCount()) + "-0"));
			}
		}
		if (complex && involvedAgencies.size() >= 2 && random.nextInt(100) < 60) {
			String planId = "syn-plan-" + index;
			int created = 30 + random.nextInt(400);
			chunk.plans.add(Map.of("id", planId, "household", householdId, "status", "ACTIVE", "created",
					today.minusDays(created), "monitoringDate", today.plusDays(random.nextInt(120) - 30)));
			for (int r = 0; r < involvedAgencies.size(); r++) {
				chunk.roles.add(Map.of("id", planId + "-role-" + r, "plan", planId, "agency", involvedAgencies.get(r),
						"person", "syn-p-" + index + "-" + Math.min(r, members.size() - 1), "field", "OTHER", "since",
						today.minusDays(created), "role", "役割" + (r + 1)));
			}
			List<String> attendees = new ArrayList<>(involvedAgencies);
			attendees.add(COORDINATOR_ID);
			List<String> discussed = new ArrayList<>();
			for (int m = 0; m < members.size(); m++) {
				discussed.add("syn-p-" + index + "-" + m);
			}
			chunk.meetings.add(Map.of("id", "syn-mtg-" + index, "household", householdId, "kind", "MULTI_LAYER_MEETING",
					"date", today.minusDays(created), "attendees", attendees, "personIds", discussed));
			for (int m = 0; m < members.size(); m++) {
				chunk.consents.add(Map.of("id", "syn-consent-" + index + "-" + m, "person", "syn-p-" + index + "-" + m,
						"grantees", attendees, "categories", List.of(FIELDS), "purposes",
						List.of("CASE_WORK", "PLAN_DELIBERATION"), "validFrom", today.minusDays(created + 5), "validTo",
						today.plusDays(365)));
			}
		}
		else if (complex && random.nextInt(100) < 10) {
			chunk.meetings.add(Map.of("id", "syn-mtg-" + index, "household", householdId, "kind", "SUPPORT_MEETING",
					"date", today.minusDays(random.nextInt(200)), "attendees",
					List.of(COORDINATOR_ID, agencyFor(FIELDS[random.nextInt(4)], random))));
		}
		if (random.nextInt(100) < 6) {
			int visits = 1 + random.nextInt(3);
			for (int v = 0; v < visits; v++) {
				chunk.visits.add(Map.of("id", "syn-visit-" + index + "-" + v, "household", householdId, "agency",
						agencyFor("CARE", random), "date", today.minusDays(random.nextInt(400)), "outcome",
						random.nextBoolean() ? "MET" : "NOT_MET"));
			}
		}
	}

	private static Integer targetAgeMin(boolean forOlder, boolean forChildren) {
		if (forOlder) {
			return 65;
		}
		return forChildren ? Integer.valueOf(0) : null;
	}

	private static void add(List<int[]> members, List<String> relations, int age, boolean dependant, String relation) {
		members.add(new int[] { age, dependant ? 1 : 0 });
		relations.add(relation);
	}

	private String fieldFor(int age, Random random) {
		if (age < 18) {
			return "CHILD";
		}
		if (age >= 65) {
			return random.nextInt(4) == 0 ? "POVERTY" : "CARE";
		}
		return random.nextBoolean() ? "DISABILITY" : "POVERTY";
	}

	private String agencyFor(String field, Random random) {
		int fieldIndex = List.of(FIELDS).indexOf(field);
		int groups = Math.max(1, (agencyCount() - 1) / FIELDS.length);
		int n = FIELDS.length * random.nextInt(groups) + fieldIndex;
		return "syn-ag-" + Math.max(1, n == 0 ? FIELDS.length : n);
	}

	private double[] nearTown(Random random) {
		double[] town = towns[random.nextInt(TOWNS)];
		double north = clamp(town[0] + random.nextGaussian() * 700);
		double east = clamp(town[1] + random.nextGaussian() * 700);
		return new double[] { CENTRE_LATITUDE + north / 111_000.0,
				CENTRE_LONGITUDE + east / (111_000.0 * Math.cos(Math.toRadians(CENTRE_LATITUDE))) };
	}

	private String areaOf(double[] latLon) {
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

	private static Map<String, Object> agency(String id, String name, String field, List<Integer> components,
			String operation, double latitude, double longitude) {
		Map<String, Object> agency = new HashMap<>();
		agency.put("id", id);
		agency.put("name", name);
		agency.put("field", field);
		agency.put("components", components);
		agency.put("operation", operation);
		agency.put("latitude", latitude == 0 ? CENTRE_LATITUDE : latitude);
		agency.put("longitude", longitude == 0 ? CENTRE_LONGITUDE : longitude);
		return agency;
	}

	private static String label(String field) {
		return switch (field) {
			case "CARE" -> "介護";
			case "DISABILITY" -> "障害";
			case "CHILD" -> "子ども";
			default -> "生活困窮";
		};
	}

	/** Rows of one chunk of households, ready for UNWIND. */
	public static final class Chunk {

		public final List<Map<String, Object>> households = new ArrayList<>();

		public final List<Map<String, Object>> persons = new ArrayList<>();

		public final List<Map<String, Object>> cases = new ArrayList<>();

		public final List<Map<String, Object>> plans = new ArrayList<>();

		public final List<Map<String, Object>> roles = new ArrayList<>();

		public final List<Map<String, Object>> meetings = new ArrayList<>();

		public final List<Map<String, Object>> consents = new ArrayList<>();

		public final List<Map<String, Object>> visits = new ArrayList<>();

		public final List<Map<String, Object>> participations = new ArrayList<>();

	}

}
