package jp.jusou.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic city's community resources, each with one to three weekly activities,
 * placed near its towns (the same seed, the same resources).
 */
final class SyntheticResources {

	static final String[] RESOURCE_KINDS = { "COMMUNITY_HUB", "SALON", "KAYOI_NO_BA", "CHILDRENS_CAFETERIA",
			"CHILDCARE_HUB", "ACTIVITY_SUPPORT_CENTER", "WORK_EXPERIENCE" };

	static final String[] WEEKDAYS = { "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN" };

	private SyntheticResources() {
	}

	static List<Map<String, Object>> of(int count, long seed, SyntheticGeography geography) {
		List<Map<String, Object>> resources = new ArrayList<>();
		Random random = new Random(seed ^ 0x5E50_42CEL);
		for (int i = 0; i < count; i++) {
			double[] at = geography.nearTown(random);
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
			resource.put("area", geography.areaOf(at));
			resource.put("activities", activities);
			resources.add(resource);
		}
		return resources;
	}

	private static Integer targetAgeMin(boolean forOlder, boolean forChildren) {
		if (forOlder) {
			return 65;
		}
		return forChildren ? Integer.valueOf(0) : null;
	}

}
