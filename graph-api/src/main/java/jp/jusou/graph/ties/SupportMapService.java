package jp.jusou.graph.ties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.dashboard.DashboardProperties;
import jp.jusou.graph.household.HouseholdPattern;
import jp.jusou.graph.household.Relation;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The 支えあいマップ of an area (001; graph-model.md "支えあいマップ") as GeoJSON: the households
 * needing support the user may know, each member shown on their identity basis, the ties
 * in force on them (the watcher's name by the rule of ties, the 避難 pairs among them) and
 * the places their members go; every other such household only counted, in cells of about
 * 250 m kept only where at least the dashboard's suppression threshold of households
 * fall, so no count points at a home. The read is audited as the persons shown and
 * withheld.
 */
@Service
public class SupportMapService {

	/**
	 * The grid of the counted households, in degrees: about 280 m north–south, 265 m
	 * east–west at 37° N.
	 */
	static final double CELL_LATITUDE = 0.0025;

	static final double CELL_LONGITUDE = 0.003;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The answer: the GeoJSON and what it holds. */
	public record SupportMap(Area area, String geojson, int households, Integer householdsCounted, int cellsShown,
			int suppressionThreshold) {
	}

	private final NamedQueries graph;

	private final AccessPolicy policy;

	private final AccessFacts accessFacts;

	private final DashboardProperties dashboard;

	SupportMapService(NamedQueries graph, AccessPolicy policy, AccessFacts accessFacts, DashboardProperties dashboard) {
		this.graph = graph;
		this.policy = policy;
		this.accessFacts = accessFacts;
		this.dashboard = dashboard;
	}

	public SupportMap of(AccessSubject subject, String areaId) {
		String id = Validate.id("areaId", areaId);
		Record row = graph.single("support-map", Map.of("staffId", subject.staffId(), "areaId", id))
			.orElseThrow(() -> new NotFoundException("areaId", "area", id));
		Area area = Area.from(row.get("area"));
		Read read = new Read(subject);
		List<Map<String, Object>> features = new ArrayList<>();
		Map<String, Integer> cells = new TreeMap<>();
		int shown = 0;
		for (Value household : row.get("households").asList(value -> value)) {
			HouseholdAccess access = HouseholdAccess.from(household.get("access"));
			if (policy.householdVisible(access, subject) && policy.locationVisible(access, subject)) {
				features.addAll(read.household(household, access));
				shown++;
			}
			else {
				read.withheld(household);
				cells.merge(cell(household.get("latitude").asDouble(), household.get("longitude").asDouble()), 1,
						Integer::sum);
			}
		}
		int threshold = dashboard.suppressionThreshold();
		int counted = cells.values().stream().mapToInt(Integer::intValue).sum();
		int cellsShown = 0;
		for (Map.Entry<String, Integer> cell : cells.entrySet()) {
			if (cell.getValue() >= threshold) {
				features.add(cellFeature(cell.getKey(), cell.getValue()));
				cellsShown++;
			}
		}
		read.record();
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("name", area.name() + "の支えあいマップ");
		collection.put("features", features);
		return new SupportMap(area, JSON.writeValueAsString(collection), shown,
				counted == 0 || counted >= threshold ? counted : null, cellsShown, threshold);
	}

	/** What one read showed and withheld, recorded once for the audit. */
	private final class Read {

		final AccessSubject subject;

		final Set<String> households = new TreeSet<>();

		final Set<String> shown = new TreeSet<>();

		final Set<String> bases = new TreeSet<>();

		final Set<String> withheld = new TreeSet<>();

		final WatcherNames watchers;

		Read(AccessSubject subject) {
			this.subject = subject;
			this.watchers = new WatcherNames(accessFacts, subject, shown, bases);
		}

		void withheld(Value household) {
			household.get("members").asList(member -> member.get("id").asString()).forEach(withheld::add);
		}

		void record() {
			subject.recordRead(
					new PersonalDataRead(households, shown, bases, Set.of(), withheld, Set.of(), withheld.size()));
		}

		/** The household's point, its watchers' points and lines, and its places. */
		List<Map<String, Object>> household(Value household, HouseholdAccess access) {
			String householdId = household.get("householdId").asString();
			households.add(householdId);
			double[] home = { household.get("longitude").asDouble(), household.get("latitude").asDouble() };
			Map<String, String> names = new HashMap<>();
			List<Map<String, Object>> members = new ArrayList<>();
			int others = 0;
			for (Value member : household.get("members").asList(value -> value)) {
				String personId = member.get("id").asString();
				Optional<Basis> basis = policy.identity(access, personId, subject);
				if (basis.isEmpty()) {
					withheld.add(personId);
					others++;
					continue;
				}
				shown.add(personId);
				bases.add(basis.get().code());
				names.put(personId, member.get("name").asString());
				Map<String, Object> shownMember = new LinkedHashMap<>();
				shownMember.put("氏名", member.get("name").asString());
				shownMember.put("続柄",
						Relation.of(member.get("relation").asString(null)).map(Relation::label).orElse(""));
				shownMember.put("孤立のおそれ", member.get("isolated").asBoolean());
				members.add(shownMember);
			}
			List<Map<String, Object>> features = new ArrayList<>();
			List<String> tieWords = new ArrayList<>();
			for (Value tie : household.get("ties").asList(value -> value)) {
				String watched = names.get(tie.get("personId").asString());
				if (watched == null) {
					continue; // a tie of a member the user may not know stays with that
								// member
				}
				String watcher = watchers.nameOf(tie);
				TieKind kind = TieKind.valueOf(tie.get("kind").asString());
				String words = kind.label() + "（" + TieFrequency.valueOf(tie.get("frequency").asString()).label() + "）："
						+ (watcher != null ? watcher : WatcherRole.valueOf(tie.get("watcherRole").asString()).label())
						+ "→" + watched;
				tieWords.add(words);
				if (watcher != null && !tie.get("watcherLatitude").isNull()) {
					double[] at = { tie.get("watcherLongitude").asDouble(), tie.get("watcherLatitude").asDouble() };
					features.add(feature(point(at), Map.of("種類", "見守る人", "名称", watcher)));
					features.add(feature(line(at, home),
							Map.of("種類", kind == TieKind.EVACUATION_SUPPORTER ? "避難支援" : "見守り・つながり", "内容", words)));
				}
			}
			List<String> placeWords = new ArrayList<>();
			Set<String> placesDrawn = new TreeSet<>();
			for (Value place : household.get("places").asList(value -> value)) {
				String member = names.get(place.get("personId").asString());
				if (member == null) {
					continue;
				}
				double[] at = { place.get("longitude").asDouble(), place.get("latitude").asDouble() };
				placeWords.add(
						member + "：" + place.get("activity").asString() + "（" + place.get("resource").asString() + "）");
				if (placesDrawn.add(place.get("resourceId").asString())) {
					features.add(feature(point(at), Map.of("種類", "通う場所", "名称", place.get("resource").asString())));
				}
				features.add(feature(line(home, at),
						Map.of("種類", "通う", "内容", member + "→" + place.get("activity").asString())));
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("種類", "世帯");
			properties.put("世帯ID", householdId);
			properties.put("課題",
					household.get("patterns")
						.asList(code -> HouseholdPattern.valueOf(code.asString()).label())
						.stream()
						.toList());
			properties.put("世帯員", members);
			if (others > 0) {
				properties.put("非表示の世帯員", others);
			}
			properties.put("見守り・つながり", tieWords);
			properties.put("通う場所", placeWords);
			features.add(0, feature(point(home), properties));
			return features;
		}

	}

	static String cell(double latitude, double longitude) {
		return (long) Math.floor(latitude / CELL_LATITUDE) + ":" + (long) Math.floor(longitude / CELL_LONGITUDE);
	}

	private static Map<String, Object> cellFeature(String cell, int count) {
		String[] parts = cell.split(":");
		double south = Long.parseLong(parts[0]) * CELL_LATITUDE;
		double west = Long.parseLong(parts[1]) * CELL_LONGITUDE;
		double north = south + CELL_LATITUDE;
		double east = west + CELL_LONGITUDE;
		List<List<Double>> ring = List.of(List.of(west, south), List.of(east, south), List.of(east, north),
				List.of(west, north), List.of(west, south));
		return feature(Map.of("type", "Polygon", "coordinates", List.of(ring)),
				Map.of("種類", "支援が必要な世帯の数（閲覧の根拠がない世帯）", "世帯数", count));
	}

	private static Map<String, Object> point(double[] at) {
		return Map.of("type", "Point", "coordinates", List.of(at[0], at[1]));
	}

	private static Map<String, Object> line(double[] from, double[] to) {
		return Map.of("type", "LineString", "coordinates", List.of(List.of(from[0], from[1]), List.of(to[0], to[1])));
	}

	private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", geometry);
		feature.put("properties", properties);
		return feature;
	}

}
