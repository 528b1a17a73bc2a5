package jp.jusou.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file laid out like the Digital Agency's 自治体標準オープンデータセット: a header row of
 * Japanese column names (名称, 住所, 緯度, …), in UTF-8 with or without a byte-order mark or,
 * as many municipalities still publish them, in Shift_JIS (read as Windows-31J, its
 * superset that Excel writes).
 */
public final class OpenDataCsv {

	/** Windows-31J: Shift_JIS with the characters Windows adds (①, ㈱, 髙, …). */
	static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private OpenDataCsv() {
	}

	/** A file's text and the encoding it was read in. */
	public record Decoded(String text, Charset charset) {

		public Reader reader() {
			return new StringReader(text);
		}
	}

	/**
	 * The file's text: UTF-8 when it starts with a byte-order mark or its bytes are valid
	 * UTF-8, else Windows-31J. (Shift_JIS text is almost never valid UTF-8: its lead
	 * bytes 0x81–0x9F and 0xE0–0xEF are followed by bytes UTF-8 does not allow there.)
	 */
	public static Decoded decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new Decoded(text, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			return new Decoded(new String(bytes, SHIFT_JIS), SHIFT_JIS);
		}
	}

	/**
	 * {@code value} in Unicode NFKC: 全角 digits, letters and colons become ASCII, 半角
	 * katakana 全角.
	 */
	public static String nfkc(String value) {
		return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
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

	/**
	 * Each row of a file's text as a map from column name (NFKC) to trimmed value, blank
	 * cells null.
	 * @throws IOException when the text is not CSV (a quote left open)
	 */
	public static List<Map<String, String>> readText(String text) throws IOException {
		return read(new StringReader(text));
	}

	static List<Map<String, String>> read(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> headers = parser.getHeaderNames()
				.stream()
				.map(OpenDataCsv::withoutByteOrderMark)
				.map(OpenDataCsv::nfkc)
				.toList();
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
