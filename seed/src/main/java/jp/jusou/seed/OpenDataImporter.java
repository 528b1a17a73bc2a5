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
 * Imports a 自治体標準オープンデータセット CSV file as community resources (and, for イベント一覧,
 * activities): checks every row, reports the ones it rejects with the reason, writes the
 * rest with MERGE on a stable id (the file's ID, else a hash of 名称 and 住所) so a re-import
 * changes nothing, in batches with progress.
 */
public final class OpenDataImporter {

	static final int BATCH = 1_000;

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

	private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{5,6}");

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
			    r.phone = row.phone,
			    r.location = CASE WHEN row.latitude IS NULL THEN null
			                      ELSE point({latitude: row.latitude, longitude: row.longitude}) END,
			    r.geocoded = row.latitude IS NOT NULL, r.locationApproximate = false, r.category = row.kind,
			    r.weekdays = row.weekdays, r.openOnHolidays = row.holidays, r.municipalityCode = row.municipalityCode,
			    r.note = row.note, r.source = $source
			""";

	private static final String WRITE_EVENTS = """
			UNWIND $rows AS row
			MERGE (r:Resource {id: row.venueId})
			SET r.name = row.venue, r.kind = $kind, r.address = row.address,
			    r.location = CASE WHEN row.latitude IS NULL THEN null
			                      ELSE point({latitude: row.latitude, longitude: row.longitude}) END,
			    r.geocoded = row.latitude IS NOT NULL, r.locationApproximate = false,
			    r.municipalityCode = row.municipalityCode, r.source = $source
			MERGE (act:Activity {id: row.id})
			SET act.name = row.name, act.weekdays = row.weekdays, act.openOnHolidays = row.holidays,
			    act.startTime = row.startTime,
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

	/**
	 * Imports a file's bytes in whichever encoding it came in
	 * ({@link OpenDataCsv#decode}).
	 */
	public Report importCsv(OpenDataset dataset, byte[] file, String sourceName, Progress progress) throws IOException {
		return importCsv(dataset, OpenDataCsv.decode(file).reader(), sourceName, progress);
	}

	public Report importCsv(OpenDataset dataset, Reader csv, String sourceName, Progress progress) throws IOException {
		List<Map<String, String>> rows = OpenDataCsv.read(csv);
		List<Rejected> rejected = new ArrayList<>();
		List<Map<String, Object>> accepted = new ArrayList<>();
		Set<String> headers = new LinkedHashSet<>();
		rows.forEach(row -> headers.addAll(row.keySet()));
		Map<String, String> columns = resolveColumns(headers);
		if (columns.get("name") == null || (columns.get("latitude") == null && columns.get("address") == null)) {
			throw new IllegalArgumentException(
					sourceName + ": not a " + dataset.title() + " file: needs columns 名称 (or イベント名) and 緯度・経度 or 住所");
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
				ResultSummary summary = session.executeWrite(
						tx -> tx
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
		OpenDataset.COLUMNS.forEach(
				(item, names) -> resolved.put(item, names.stream().filter(headers::contains).findFirst().orElse(null)));
		return resolved;
	}

	/**
	 * One row as the importer writes it. Every value but the free text (名称, 場所名称, 説明, 備考)
	 * is read in NFKC, so １０：００ is 10:00. A row without 緯度 or 経度 is kept with its
	 * address, ungeocoded. Its id is prefixed with the file's 全国地方公共団体コード when it has
	 * one, so a neighbouring town's rows with the same ID never overwrite these.
	 */
	private static Map<String, Object> row(OpenDataset dataset, Map<String, String> row, Map<String, String> columns) {
		String name = cell(row, columns, "name");
		if (name == null) {
			throw new IllegalArgumentException("名称 is empty (名称が空です)");
		}
		String latitudeCell = normalised(row, columns, "latitude");
		String longitudeCell = normalised(row, columns, "longitude");
		boolean geocoded = latitudeCell != null && longitudeCell != null;
		Double latitude = geocoded ? coordinate(latitudeCell, -90, 90, "緯度") : null;
		Double longitude = geocoded ? coordinate(longitudeCell, -180, 180, "経度") : null;
		String address = normalised(row, columns, "address");
		if (!geocoded && address == null) {
			throw new IllegalArgumentException(
					"緯度・経度 and 住所 are all empty: the place cannot be located" + " (緯度・経度と住所がすべて空です)");
		}
		String municipalityCode = municipalityCode(normalised(row, columns, "municipalityCode"));
		String given = normalised(row, columns, "id");
		String key = given != null ? given : hash(name + "|" + (address == null ? "" : address));
		String prefix = "od-" + dataset.name().toLowerCase().replace('_', '-') + "-"
				+ (municipalityCode == null ? "" : municipalityCode + "-");
		PublishedWeekdays.Days days = PublishedWeekdays.parse(normalised(row, columns, "weekdays"));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", prefix + key);
		out.put("name", name);
		out.put("nameKana", normalised(row, columns, "nameKana"));
		out.put("address", address);
		out.put("latitude", latitude);
		out.put("longitude", longitude);
		out.put("municipalityCode", municipalityCode);
		out.put("phone", normalised(row, columns, "phone"));
		out.put("kind", normalised(row, columns, "kind"));
		out.put("note", cell(row, columns, "note"));
		out.put("weekdays", days.weekdays());
		out.put("holidays", days.holidays());
		if (dataset == OpenDataset.EVENTS) {
			String venue = cell(row, columns, "venue");
			String place = geocoded ? latitude + "|" + longitude : "address|" + address;
			out.put("venue", venue == null ? name : venue);
			out.put("venueId", prefix + "venue-" + hash((venue == null ? name : venue) + "|" + place));
			out.put("startTime", time(normalised(row, columns, "startTime"), "開始時間"));
			out.put("endTime", time(normalised(row, columns, "endTime"), "終了時間"));
			out.put("startDate", normalised(row, columns, "startDate"));
			out.put("endDate", normalised(row, columns, "endDate"));
			out.put("capacity", capacity(normalised(row, columns, "capacity")));
			out.put("description", cell(row, columns, "description"));
		}
		return out;
	}

	private static String normalised(Map<String, String> row, Map<String, String> columns, String item) {
		String value = OpenDataCsv.nfkc(cell(row, columns, item));
		return value == null || value.isEmpty() ? null : value;
	}

	private static String municipalityCode(String value) {
		if (value == null) {
			return null;
		}
		if (!MUNICIPALITY_CODE.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"全国地方公共団体コード " + value + " is not a 6-digit code such as 072028" + " (全国地方公共団体コードが不正です)");
		}
		return value;
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
			throw new IllegalArgumentException(
					column + " " + value + " is not a time such as 10:00 (" + column + "が時刻ではありません)");
		}
		String[] parts = value.split(":");
		return String.format("%02d:%s", Integer.parseInt(parts[0]), parts[1]);
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
