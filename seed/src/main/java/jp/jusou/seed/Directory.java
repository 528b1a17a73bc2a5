package jp.jusou.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The municipality's own directory as CSV, in the demo city's layout: 圏域 (areas.csv),
 * 支援関係機関 (agencies.csv) and 職員 (staff.csv). Each row becomes the parameters of one MERGE,
 * or an IllegalArgumentException whose message names the column and what is wrong with
 * it, in English and Japanese. Values are read in NFKC (全角 digits become ASCII), names as
 * written.
 */
public enum Directory {

	/** ID, 名称, 種別, 市区町村名, 備考, 外周 ({@code lat lon;lat lon;…}, optional). */
	AREAS("圏域", """
			UNWIND $rows AS row
			MERGE (a:Area {id: row.id})
			SET a.name = row.name, a.kind = row.kind, a.municipality = row.municipality, a.note = row.note,
			    a.outline = CASE WHEN size(row.outline) = 0 THEN null
			                ELSE [p IN row.outline | point({latitude: p[0], longitude: p[1]})] END
			"""),

	/**
	 * ID, 名称, 名称_カナ, 種別, 分野, 号, 運営形態, 住所, 緯度, 経度, 電話番号, 担当圏域, 備考; optionally 支援会議の開催 (○:
	 * the municipality names the agency to convene its 支援会議; × : not; blank or absent:
	 * unchanged).
	 */
	AGENCIES("支援関係機関", """
			UNWIND $rows AS row
			MERGE (a:Agency {id: row.id})
			SET a.name = row.name, a.nameKana = row.nameKana, a.kind = row.kind, a.field = row.field,
			    a.components = row.components, a.operation = row.operation, a.address = row.address,
			    a.phone = row.phone, a.location = point({latitude: row.latitude, longitude: row.longitude}),
			    a.locationApproximate = row.approximate, a.note = row.note,
			    a.convenesSupportMeetings = coalesce(row.convenesSupportMeetings, a.convenesSupportMeetings)
			WITH a, row
			UNWIND row.areas AS areaId
			MATCH (area:Area {id: areaId})
			MERGE (a)-[:SERVES]->(area)
			"""),

	/**
	 * ID, 氏名, ユーザー名, 所属機関ID, 役割 ({@code ;}-separated), OIDCサブジェクト (optional), 担当圏域 (area
	 * ids, {@code ;}-separated; optional: an absent column leaves the areas set, a blank
	 * cell clears them), 配置拠点ID (a resource id, the same way). No password: an imported
	 * member signs in through the municipality's identity provider, or an ADMIN sets one.
	 */
	STAFF("職員", """
			UNWIND $rows AS row
			MATCH (agency:Agency {id: row.agency})
			MERGE (s:Staff {id: row.id})
			ON CREATE SET s.createdAt = datetime(), s.createdBy = 'import', s.disabled = false
			SET s.name = row.name, s.username = row.username, s.roles = row.roles, s.subject = row.subject
			WITH s, agency, row
			CALL (s, agency) {
			  MATCH (s)-[old:WORKS_AT]->(other:Agency) WHERE other <> agency
			  DELETE old
			}
			MERGE (s)-[:WORKS_AT]->(agency)
			WITH s, row
			CALL (s, row) {
			  UNWIND CASE WHEN row.areas IS NULL THEN [] ELSE [1] END AS replacing
			  MATCH (s)-[old:COVERS]->(area:Area) WHERE NOT area.id IN row.areas
			  DELETE old
			}
			CALL (s, row) {
			  UNWIND coalesce(row.areas, []) AS areaId
			  MATCH (area:Area {id: areaId})
			  MERGE (s)-[:COVERS]->(area)
			}
			CALL (s, row) {
			  UNWIND CASE WHEN row.place IS NULL THEN [] ELSE [1] END AS replacing
			  MATCH (s)-[old:STATIONED_AT]->(place:Resource) WHERE place.id <> row.place
			  DELETE old
			}
			CALL (s, row) {
			  MATCH (place:Resource {id: row.place})
			  MERGE (s)-[:STATIONED_AT]->(place)
			}
			""");

	static final Set<String> FIELDS = Set.of("CARE", "DISABILITY", "CHILD", "POVERTY", "HEALTH", "HOUSING", "EDUCATION",
			"CONSUMER", "OTHER");

	static final Map<String, String> OPERATIONS = Map.of("直営", "DIRECT", "委託", "CONTRACTED");

	private final String title;

	private final String merge;

	Directory(String title, String merge) {
		this.title = title;
		this.merge = merge;
	}

	public String title() {
		return title;
	}

	String merge() {
		return merge;
	}

	/** By enum name or by the Japanese title (e.g. 職員). */
	public static Directory of(String name) {
		for (Directory directory : values()) {
			if (directory.name().equalsIgnoreCase(name.strip()) || directory.title.equals(name.strip())) {
				return directory;
			}
		}
		throw new IllegalArgumentException(
				"unknown directory " + name + "; one of AREAS (圏域), AGENCIES (支援関係機関)," + " STAFF (職員)");
	}

	/**
	 * The parameters of one row; {@code roles} are the role names a staff row may use.
	 */
	Map<String, Object> row(Map<String, String> row, Set<String> roles) {
		return switch (this) {
			case AREAS -> area(row);
			case AGENCIES -> agency(row);
			case STAFF -> staff(row, roles);
		};
	}

	static Map<String, Object> area(Map<String, String> row) {
		Map<String, Object> area = new HashMap<>();
		area.put("id", required(row, "ID"));
		area.put("name", required(row, "名称"));
		area.put("kind", required(row, "種別"));
		area.put("municipality", row.get("市区町村名"));
		area.put("note", Objects.requireNonNullElse(row.get("備考"), ""));
		area.put("outline", outline(OpenDataCsv.nfkc(row.get("外周"))));
		return area;
	}

	/**
	 * An outline written as {@code lat lon;lat lon;…} as pairs of degrees; empty when
	 * none.
	 */
	static List<List<Double>> outline(String written) {
		try {
			List<List<Double>> points = OpenDataCsv.list(written)
				.stream()
				.map(pair -> Arrays.stream(pair.strip().split("\\s+")).map(Double::valueOf).toList())
				.toList();
			if (points.stream().anyMatch(point -> point.size() != 2)) {
				throw new NumberFormatException();
			}
			return points;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("外周 is not written as 'lat lon;lat lon;…' (外周の書き方が不正です)");
		}
	}

	static Map<String, Object> agency(Map<String, String> row) {
		Map<String, Object> agency = new HashMap<>();
		agency.put("id", required(row, "ID"));
		agency.put("name", required(row, "名称"));
		agency.put("nameKana", row.get("名称_カナ"));
		agency.put("kind", required(row, "種別"));
		String field = OpenDataCsv.nfkc(required(row, "分野"));
		if (!FIELDS.contains(field)) {
			throw new IllegalArgumentException("分野 " + field + " is not one of " + FIELDS + " (分野が不正です)");
		}
		agency.put("field", field);
		List<Integer> components = new ArrayList<>();
		for (String component : OpenDataCsv.list(OpenDataCsv.nfkc(row.get("号")))) {
			if (!component.matches("[1-6]")) {
				throw new IllegalArgumentException("号 " + component + " is not 1–6 (号は1〜6です)");
			}
			components.add(Integer.valueOf(component));
		}
		agency.put("components", components);
		String operation = row.get("運営形態");
		agency.put("operation", operation == null ? null : OPERATIONS.get(operation));
		if (operation != null && !OPERATIONS.containsKey(operation)) {
			throw new IllegalArgumentException("運営形態 " + operation + " is not 直営 or 委託 (運営形態が不正です)");
		}
		agency.put("address", row.get("住所"));
		agency.put("latitude", degrees(row, "緯度", 90));
		agency.put("longitude", degrees(row, "経度", 180));
		agency.put("phone", OpenDataCsv.nfkc(row.get("電話番号")));
		agency.put("areas", OpenDataCsv.list(row.get("担当圏域")));
		agency.put("note", row.get("備考"));
		agency.put("approximate", isApproximate(row.get("備考")));
		agency.put("convenesSupportMeetings", convenes(row.get("支援会議の開催")));
		return agency;
	}

	static Map<String, Object> staff(Map<String, String> row, Set<String> allowedRoles) {
		Map<String, Object> staff = new HashMap<>();
		staff.put("id", required(row, "ID"));
		staff.put("name", required(row, "氏名"));
		String username = OpenDataCsv.nfkc(required(row, "ユーザー名"));
		if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
			throw new IllegalArgumentException(
					"ユーザー名 " + username + " may hold letters, digits and . _ @ - only" + " (ユーザー名に使えない文字があります)");
		}
		staff.put("username", username);
		staff.put("agency", required(row, "所属機関ID"));
		List<String> roles = OpenDataCsv.list(OpenDataCsv.nfkc(required(row, "役割")));
		for (String role : roles) {
			if (!allowedRoles.contains(role)) {
				throw new IllegalArgumentException("役割 " + role + " is not one of " + allowedRoles + " (役割が不正です)");
			}
		}
		staff.put("roles", roles);
		staff.put("subject", OpenDataCsv.nfkc(row.get("OIDCサブジェクト")));
		// 担当圏域 and 配置拠点ID: absent columns leave what is set; a blank cell clears it
		staff.put("areas", row.containsKey("担当圏域") ? OpenDataCsv.list(OpenDataCsv.nfkc(row.get("担当圏域"))) : null);
		String place = OpenDataCsv.nfkc(row.get("配置拠点ID"));
		staff.put("place", row.containsKey("配置拠点ID") ? (place == null || place.isBlank() ? "" : place.strip()) : null);
		return staff;
	}

	/** 支援会議の開催: ○ (or はい, 1, true) or × (いいえ, 0, false); blank: null, unchanged. */
	static Boolean convenes(String value) {
		String read = value == null ? "" : OpenDataCsv.nfkc(value).strip();
		if (read.isEmpty()) {
			return null;
		}
		if (Set.of("○", "〇", "はい", "1", "true").contains(read)) {
			return true;
		}
		if (Set.of("×", "いいえ", "0", "false").contains(read)) {
			return false;
		}
		throw new IllegalArgumentException("支援会議の開催 " + read + " is not ○ or × (支援会議の開催は○か×で記入してください)");
	}

	/** Hand-placed coordinates say so in 備考 (概算 = approximate, 架空 = fictional place). */
	static boolean isApproximate(String note) {
		return note != null && (note.contains("概算") || note.contains("架空"));
	}

	private static String required(Map<String, String> row, String column) {
		String value = row.get(column);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(column + " is empty (" + column + "が空です)");
		}
		return value;
	}

	private static double degrees(Map<String, String> row, String column, double limit) {
		String value = OpenDataCsv.nfkc(required(row, column));
		try {
			double degrees = Double.parseDouble(value);
			if (Math.abs(degrees) > limit) {
				throw new IllegalArgumentException(column + " " + value + " is out of range (" + column + "が範囲外です)");
			}
			return degrees;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " " + value + " is not a number (" + column + "が数値ではありません)");
		}
	}

}
