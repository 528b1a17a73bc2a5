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

	static final double CENTRE_LATITUDE = SyntheticGeography.CENTRE_LATITUDE;

	static final double CENTRE_LONGITUDE = SyntheticGeography.CENTRE_LONGITUDE;

	static final String[] FIELDS = { "CARE", "DISABILITY", "CHILD", "POVERTY" };

	static final double AVERAGE_HOUSEHOLD_SIZE = 1.67;

	static final String COORDINATOR_ID = "syn-ag-coordinator";

	private final int persons;

	private final long seed;

	private final LocalDate today;

	private final SyntheticGeography geography;

	public SyntheticCity(int persons, long seed, LocalDate today) {
		if (persons < 1) {
			throw new IllegalArgumentException("persons must be at least 1");
		}
		this.persons = persons;
		this.seed = seed;
		this.today = today;
		this.geography = new SyntheticGeography(new Random(seed));
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
		for (int i = 0; i < SyntheticGeography.AREA_GRID * SyntheticGeography.AREA_GRID; i++) {
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
			double[] at = geography.nearTown(random);
			agencies.add(agency("syn-ag-" + i, "合成" + label(field) + "相談機関" + i + "（架空）", field, List.of(1),
					random.nextInt(3) == 0 ? "DIRECT" : "CONTRACTED", at[0], at[1]));
		}
		return agencies;
	}

	public List<Map<String, Object>> resources() {
		return SyntheticResources.of(resourceCount(), seed, geography);
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
		double[] at = geography.nearTown(random);
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
		household.put("area", geography.areaOf(at));
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
