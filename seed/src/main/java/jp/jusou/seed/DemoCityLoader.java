package jp.jusou.seed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo city: the real agencies of 会津若松市 from {@code seed/demo/*.csv} (standard
 * open-data columns) and the fictional residents of {@code seed/demo/residents.cypher}.
 * Every write is a MERGE on a stable id, so loading twice changes nothing; the whole city
 * is written in one transaction.
 */
public final class DemoCityLoader {

	public static final String MARKER_ID = "demo-city";

	private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

	private static final String DEMO = "seed/demo/";

	private static final Map<String, String> WEEKDAYS = Map.of("月", "MON", "火", "TUE", "水", "WED", "木", "THU", "金",
			"FRI", "土", "SAT", "日", "SUN");

	/** 地域子育て支援拠点 and 地域活動支援センター are agencies and also places people go to. */
	private static final String MERGE_RESOURCES_RUN_BY_AGENCIES = """
			MATCH (a:Agency) WHERE a.kind IN ['地域子育て支援拠点', '地域活動支援センター']
			MERGE (r:Resource {id: 'res-' + a.id})
			SET r.name = a.name, r.nameKana = a.nameKana, r.address = a.address, r.phone = a.phone,
			    r.location = a.location, r.locationApproximate = a.locationApproximate, r.note = a.note,
			    r.kind = CASE a.kind WHEN '地域子育て支援拠点' THEN 'CHILDCARE_HUB' ELSE 'ACTIVITY_SUPPORT_CENTER' END
			MERGE (a)-[:RUNS]->(r)
			WITH a, r, COLLECT { MATCH (a)-[:SERVES]->(area:Area) RETURN area } AS areas
			WHERE size(areas) = 1
			WITH r, areas[0] AS area
			MERGE (r)-[:IN_AREA]->(area)
			""";

	private static final String MERGE_RESOURCES = """
			UNWIND $rows AS row
			MERGE (r:Resource {id: row.id})
			SET r.name = row.name, r.nameKana = row.nameKana, r.kind = row.kind, r.address = row.address,
			    r.phone = row.phone, r.location = point({latitude: row.latitude, longitude: row.longitude}),
			    r.locationApproximate = row.approximate, r.note = row.note, r.offers = row.offers
			WITH r, row
			MATCH (area:Area {id: row.area})
			MERGE (r)-[:IN_AREA]->(area)
			WITH r, row
			MATCH (operator:Agency {id: row.operator})
			MERGE (operator)-[:RUNS]->(r)
			""";

	private static final String MERGE_ACTIVITIES = """
			UNWIND $rows AS row
			MATCH (r:Resource {id: row.resource})
			MERGE (act:Activity {id: row.id})
			SET act.name = row.name, act.weekdays = row.weekdays, act.startTime = row.startTime,
			    act.endTime = row.endTime, act.targetAgeMin = row.targetAgeMin, act.targetAgeMax = row.targetAgeMax,
			    act.description = row.description, act.note = row.note, act.offers = row.offers,
			    act.capacity = row.capacity
			MERGE (act)-[:HELD_AT]->(r)
			""";

	private static final String MARK_LOADED = """
			MERGE (m:SeedMarker {id: $id})
			SET m.loadedOn = $today, m.source = 'seed/demo'
			""";

	private static final String IS_LOADED = """
			MATCH (m:SeedMarker {id: $id})
			RETURN count(m) > 0 AS loaded
			""";

	private final Driver driver;

	private final String database;

	public DemoCityLoader(Driver driver, String database) {
		this.driver = driver;
		this.database = database;
	}

	/** True when the demo city has been loaded into this database before. */
	public boolean isLoaded() {
		try (Session session = session()) {
			return session
				.executeRead(tx -> tx.run(IS_LOADED, Map.of("id", MARKER_ID)).single().get("loaded").asBoolean());
		}
	}

	/**
	 * Loads (or re-merges) the whole demo city with dates relative to {@code today};
	 * every demo user gets {@code demoPasswordHash} (a bcrypt hash) as password.
	 */
	public void load(LocalDate today, String demoPasswordHash) {
		CypherScript residents = CypherScript.fromClasspath(DEMO + "residents.cypher");
		Map<String, Object> parameters = Map.of("today", today, "year", today.getYear(), "demoPasswordHash",
				demoPasswordHash);
		try (Session session = session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run(Directory.AREAS.merge(), Map.of("rows", areas())).consume();
				tx.run(Directory.AGENCIES.merge(), Map.of("rows", agencies())).consume();
				tx.run(MERGE_RESOURCES_RUN_BY_AGENCIES).consume();
				tx.run(MERGE_RESOURCES, Map.of("rows", resources())).consume();
				tx.run(MERGE_ACTIVITIES, Map.of("rows", activities())).consume();
				runScript(tx, residents, parameters);
				tx.run(MARK_LOADED, Map.of("id", MARKER_ID, "today", today)).consume();
			});
		}
		log.info("Demo city loaded ({} statements from {})", residents.statements().size() + 6, residents.name());
	}

	private static void runScript(TransactionContext tx, CypherScript script, Map<String, Object> parameters) {
		for (String statement : script.statements()) {
			tx.run(statement, parameters).consume();
		}
	}

	private Session session() {
		return driver.session(SessionConfig.forDatabase(database));
	}

	static List<Map<String, Object>> areas() {
		return OpenDataCsv.readClasspath(DEMO + "areas.csv").stream().map(Directory::area).toList();
	}

	static List<Map<String, Object>> agencies() {
		return OpenDataCsv.readClasspath(DEMO + "agencies.csv").stream().map(Directory::agency).toList();
	}

	static List<Map<String, Object>> resources() {
		return OpenDataCsv.readClasspath(DEMO + "resources.csv").stream().map(row -> {
			Map<String, Object> resource = new HashMap<>();
			resource.put("id", row.get("ID"));
			resource.put("name", row.get("名称"));
			resource.put("nameKana", row.get("名称_カナ"));
			resource.put("kind", row.get("種別"));
			resource.put("address", row.get("住所"));
			resource.put("latitude", Double.valueOf(row.get("緯度")));
			resource.put("longitude", Double.valueOf(row.get("経度")));
			resource.put("phone", row.get("電話番号"));
			resource.put("area", row.get("圏域"));
			resource.put("operator", nullToEmpty(row.get("運営機関ID")));
			resource.put("note", row.get("備考"));
			resource.put("offers", OpenDataCsv.list(row.get("提供")));
			resource.put("approximate", Directory.isApproximate(row.get("備考")));
			return resource;
		}).collect(Collectors.toList());
	}

	static List<Map<String, Object>> activities() {
		return OpenDataCsv.readClasspath(DEMO + "activities.csv").stream().map(row -> {
			Map<String, Object> activity = new HashMap<>();
			activity.put("id", row.get("ID"));
			activity.put("name", row.get("イベント名"));
			activity.put("resource", row.get("場所ID"));
			activity.put("weekdays", OpenDataCsv.list(row.get("利用可能曜日")).stream().map(WEEKDAYS::get).toList());
			activity.put("startTime", row.get("開始時間"));
			activity.put("endTime", row.get("終了時間"));
			activity.put("targetAgeMin", integerOrNull(row.get("対象年齢_下限")));
			activity.put("targetAgeMax", integerOrNull(row.get("対象年齢_上限")));
			activity.put("description", row.get("説明"));
			activity.put("note", row.get("備考"));
			activity.put("offers", OpenDataCsv.list(row.get("提供")));
			activity.put("capacity", integerOrNull(row.get("定員")));
			return activity;
		}).collect(Collectors.toList());
	}

	private static Integer integerOrNull(String cell) {
		return cell == null ? null : Integer.valueOf(cell);
	}

	private static String nullToEmpty(String cell) {
		return cell == null ? "" : cell;
	}

}
