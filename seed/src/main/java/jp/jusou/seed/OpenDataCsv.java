package jp.jusou.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file laid out like the Digital Agency's 自治体標準オープンデータセット: a header row of
 * Japanese column names (名称, 住所, 緯度, …), UTF-8 with or without a byte-order mark.
 */
public final class OpenDataCsv {

	private OpenDataCsv() {
	}

	/** Each row as a map from column name to trimmed value; blank cells become null. */
	public static List<Map<String, String>> readClasspath(String location) {
		InputStream in = OpenDataCsv.class.getClassLoader().getResourceAsStream(location);
		if (in == null) {
			throw new IllegalStateException("Seed file missing from the classpath: " + location);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return read(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read seed file " + location, ex);
		}
	}

	static List<Map<String, String>> read(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> headers = parser.getHeaderNames().stream().map(OpenDataCsv::withoutByteOrderMark).toList();
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < headers.size() && i < record.size(); i++) {
					String value = record.get(i);
					row.put(headers.get(i), value == null || value.isBlank() ? null : value);
				}
				rows.add(row);
			}
			return rows;
		}
	}

	private static String withoutByteOrderMark(String header) {
		return header.startsWith("\uFEFF") ? header.substring(1) : header;
	}

	/** Splits a multi-valued cell such as 利用可能曜日 "月;水" or 号 "5;6". */
	public static List<String> list(String cell) {
		if (cell == null) {
			return List.of();
		}
		return List.of(cell.split("[;；、,]")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
