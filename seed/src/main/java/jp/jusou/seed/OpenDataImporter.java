package jp.jusou.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Imports a 自治体標準オープンデータセット CSV file as community resources (and, for イベント一覧, activities):
 * checks every row, reports the ones it rejects with the reason, writes the rest with MERGE on a stable
 * id (the file's ID, else a hash of 名称 and 住所) so a re-import changes nothing, in batches with progress.
 */
public final class OpenDataImporter {

	static final int BATCH = 1_000;

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

	private static final Map<String, String> WEEKDAYS = Map.of("月", "MON", "火", "TUE", "水", "WED", "木", "THU", "金",
			"FRI", "土", "SAT", "日", "SUN");

	/** A row the importer did not write: its line in the file and why. */
	public record Rejected(long line, String reason) {
	}

	/** What one import did. */
	public record Report(OpenDataset dataset, long rows, long imported, List<Rejected> rejected, long nodesCreated,
			long propertiesSet) {
	}

	private static final String WRITE_RESOURCES = """
			UNWIND $rows AS row
			MERGE (r:Resource {id: row.id})
			SET r.name = row.name, r.nameKana = row.nameKana, r.kind = $kind, r.address = row.address,
			    r.phone = row.phone, r.location = point({latitude: row.latitude, longitude: row.longitude}),
			    r.locationApproximate = false, r.category = row.kind, r.note = row.note, r.source = $source
			""";

	private static final String WRITE_EVENTS = """
			UNWIND $rows AS row
			MERGE (r:Resource {id: row.venueId})
			SET r.name = row.venue, r.kind = $kind, r.address = row.address,
			    r.location = point({latitude: row.latitude, longitude: row.longitude}), r.locationApproximate = false,
			    r.source = $source
			MERGE (act:Activity {id: row.id})
			SET act.name = row.name, act.weekdays = row.weekdays, act.startTime = row.startTime,
			    act.endTime = row.endTime, act.startDate = row.startDate, act.endDate = row.endDate,
			    act.capacity = row.capacity, act.description = row.description, act.note = row.note,
			    act.source = $source
			MERGE (act)-[:HELD_AT]->(r)
			""";

	private final Driver driver;

	private final String database;

	public OpenDataImporter(Driver driver, String database) {
		this.driver = driver;
		this.database = database;
	}

	public Report importCsv(OpenDataset dataset, Reader csv, String sourceName, Progress progress) throws IOException {
		List<Map<String, String>> rows = OpenDataCsv.read(csv);
		List<Rejected> rejected = new ArrayList<>();
		List<Map<String, Object>> accepted = new ArrayList<>();
		Set<String> headers = new LinkedHashSet<>();
		rows.forEach(row -> headers.addAll(row.keySet()));
		Map<String, String> columns = resolveColumns(headers);
		if (columns.get("name") == null || columns.get("latitude") == null || columns.get("longitude") == null) {
			throw new IllegalArgumentException(sourceName + ": not a " + dataset.title()
					+ " file: needs columns 名称 (or イベント名), 緯度 and 経度");
		}
		for (int i = 0; i < rows.size(); i++) {
			long line = i + 2;
			try {
				accepted.add(row(dataset, rows.get(i), columns));
			}
			catch (IllegalArgumentException ex) {
				rejected.add(new Rejected(line, ex.getMessage()));
			}
		}
		long nodes = 0;
		long properties = 0;
		try (Session session = driver.session(SessionConfig.forDatabase(database))) {
			for (int from = 0; from < accepted.size(); from += BATCH) {
				List<Map<String, Object>> batch = accepted.subList(from, Math.min(from + BATCH, accepted.size()));
				ResultSummary summary = session.executeWrite(tx -> tx
					.run(dataset == OpenDataset.EVENTS ? WRITE_EVENTS : WRITE_RESOURCES,
							Map.of("rows", batch, "kind", dataset.resourceKind(), "source", sourceName))
					.consume());
				nodes += summary.counters().nodesCreated();
				properties += summary.counters().propertiesSet();
				progress.report(dataset.title(), from + batch.size(), accepted.size());
			}
		}
		return new Report(dataset, rows.size(), accepted.size(), List.copyOf(rejected), nodes, properties);
	}

	/** Which column of this file holds each item; the first name present wins. */
	static Map<String, String> resolveColumns(Set<String> headers) {
		Map<String, String> resolved = new LinkedHashMap<>();
		OpenDataset.COLUMNS.forEach((item, names) -> resolved.put(item,
				names.stream().filter(headers::contains).findFirst().orElse(null)));
		return resolved;
	}

	private static Map<String, Object> row(OpenDataset dataset, Map<String, String> row, Map<String, String> columns) {
		String name = cell(row, columns, "name");
		if (name == null) {
			throw new IllegalArgumentException("名称 is empty (名称が空です)");
		}
		double latitude = coordinate(cell(row, columns, "latitude"), -90, 90, "緯度");
		double longitude = coordinate(cell(row, columns, "longitude"), -180, 180, "経度");
		String address = cell(row, columns, "address");
		String given = cell(row, columns, "id");
		String key = given != null ? given : hash(name + "|" + (address == null ? "" : address));
		String prefix = "od-" + dataset.name().toLowerCase().replace('_', '-') + "-";
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", prefix + key);
		out.put("name", name);
		out.put("nameKana", cell(row, columns, "nameKana"));
		out.put("address", address);
		out.put("latitude", latitude);
		out.put("longitude", longitude);
		out.put("phone", cell(row, columns, "phone"));
		out.put("kind", cell(row, columns, "kind"));
		out.put("note", cell(row, columns, "note"));
		if (dataset == OpenDataset.EVENTS) {
			String venue = cell(row, columns, "venue");
			out.put("venue", venue == null ? name : venue);
			out.put("venueId", prefix + "venue-" + hash((venue == null ? name : venue) + "|" + latitude + "|" + longitude));
			out.put("weekdays", weekdays(cell(row, columns, "weekdays")));
			out.put("startTime", time(cell(row, columns, "startTime"), "開始時間"));
			out.put("endTime", time(cell(row, columns, "endTime"), "終了時間"));
			out.put("startDate", cell(row, columns, "startDate"));
			out.put("endDate", cell(row, columns, "endDate"));
			out.put("capacity", capacity(cell(row, columns, "capacity")));
			out.put("description", cell(row, columns, "description"));
		}
		return out;
	}

	private static String cell(Map<String, String> row, Map<String, String> columns, String item) {
		String column = columns.get(item);
		return column == null ? null : row.get(column);
	}

	private static double coordinate(String value, double min, double max, String column) {
		if (value == null) {
			throw new IllegalArgumentException(column + " is empty (" + column + "が空です)");
		}
		try {
			double parsed = Double.parseDouble(value);
			if (parsed < min || parsed > max) {
				throw new IllegalArgumentException(column + " " + value + " is out of range (" + column + "が範囲外です)");
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " " + value + " is not a number (" + column + "が数値ではありません)");
		}
	}

	private static String time(String value, String column) {
		if (value == null) {
			return null;
		}
		if (!TIME.matcher(value).matches()) {
			throw new IllegalArgumentException(column + " " + value + " is not a time such as 10:00 (" + column
					+ "が時刻ではありません)");
		}
		String[] parts = value.split(":");
		return String.format("%02d:%s", Integer.parseInt(parts[0]), parts[1]);
	}

	private static List<String> weekdays(String cell) {
		List<String> days = new ArrayList<>();
		for (String day : OpenDataCsv.list(cell)) {
			String code = WEEKDAYS.get(day.substring(0, 1));
			if (code == null) {
				throw new IllegalArgumentException("利用可能曜日 " + day + " is not a weekday (曜日が不正です)");
			}
			days.add(code);
		}
		return days;
	}

	private static Long capacity(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.replace("人", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("定員 " + value + " is not a number (定員が数値ではありません)");
		}
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
