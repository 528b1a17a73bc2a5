package jp.jusou.graph.ties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Labels;
import jp.jusou.seed.OpenDataCsv;

/**
 * A 支えあいマップ file as a 作成会 typed it: one line per tie, a header of Japanese column names
 * (graph-model.md "Ties", the import), the words the workspace shows for the kinds, roles
 * and frequencies. Each line is read into what it says and what cannot be read, per
 * column; a file without the two columns every line needs, or longer than the limit, is
 * refused whole.
 */
final class SupportMapFile {

	/** The most lines a file may have, so one check stays one screen's work. */
	static final int MAX_LINES = 2000;

	/** The most characters a file may have. */
	static final int MAX_CHARACTERS = 1_000_000;

	static final String NAME = "氏名";

	static final String KANA = "カナ";

	static final String ADDRESS = "住所";

	static final String AGE = "年齢";

	static final String WATCHER = "見守る人";

	static final String WATCHER_ADDRESS = "見守る人の住所";

	static final String ROLE = "立場";

	static final String KIND = "種類";

	static final String FREQUENCY = "頻度";

	static final String AGREED = "氏名共有の同意";

	static final String SINCE = "開始日";

	static final String NOTE = "備考";

	/** Other names a 作成会's file uses for a column. */
	private static final Map<String, List<String>> ALIASES = Map.of(NAME, List.of("見守られる人", "本人", "要支援者"), KANA,
			List.of("ふりがな", "フリガナ", "氏名カナ"), WATCHER, List.of("見守る人の氏名", "支援者"));

	private static final Set<String> YES = Set.of("はい", "同意", "同意あり", "あり", "有", "○", "〇", "yes", "true", "1");

	private static final Set<String> NO = Set.of("いいえ", "同意なし", "なし", "無", "×", "no", "false", "0");

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

	private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d");

	private SupportMapFile() {
	}

	/** A column of a line that cannot be used, and what to write instead. */
	record Problem(String column, String message) {
	}

	/** One line as drawn; defaults filled in where a column is blank. */
	record DrawnLine(int line, String name, String kana, String address, Integer age, String watcher,
			String watcherAddress, WatcherRole role, TieKind kind, TieFrequency frequency, boolean watcherAgreed,
			LocalDate since, String note, List<Problem> problems) {
	}

	/**
	 * The file's lines (the header is line 1), each with what it says and its problems.
	 * @param argument the argument that holds the file's text, named in a refusal
	 */
	static List<DrawnLine> read(String argument, String csv, LocalDate drawnOn, LocalDate today) {
		if (csv == null || csv.isBlank()) {
			throw new InvalidArgumentException(argument, "required", "must not be empty (ファイルの内容がありません)");
		}
		if (csv.length() > MAX_CHARACTERS) {
			throw new InvalidArgumentException(argument, "length",
					"at most " + MAX_CHARACTERS + " characters (ファイルが大きすぎます。地区ごとに分けてください)");
		}
		List<Map<String, String>> rows;
		try {
			rows = OpenDataCsv.readText(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException notCsv) {
			throw new InvalidArgumentException(argument, "csv",
					"not a CSV file: check quotes and the header row (CSVとして読めません。引用符と見出し行を確かめてください)");
		}
		if (rows.size() > MAX_LINES) {
			throw new InvalidArgumentException(argument, "lines",
					"at most " + MAX_LINES + " lines (行数は" + MAX_LINES + "行までです。地区ごとに分けてください)");
		}
		List<DrawnLine> lines = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = canonical(rows.get(i));
			if (i == 0) {
				requireColumns(argument, rows.get(0).keySet());
			}
			lines.add(line(i + 2, row, drawnOn, today));
		}
		if (lines.isEmpty()) {
			throw new InvalidArgumentException(argument, "lines",
					"the file has a header but no line (見出し行のほかに行がありません)");
		}
		return List.copyOf(lines);
	}

	private static void requireColumns(String argument, Set<String> headers) {
		List<String> missing = new ArrayList<>();
		for (String column : List.of(NAME, WATCHER)) {
			if (!headers.contains(column) && ALIASES.get(column).stream().noneMatch(headers::contains)) {
				missing.add(column);
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidArgumentException(argument, "columns",
					"the header row lacks " + String.join(", ", missing) + " (見出し行に「" + String.join("」「", missing)
							+ "」の列がありません。列：氏名, カナ, 住所, 年齢, 見守る人, 見守る人の住所, 立場, 種類, 頻度, 氏名共有の同意, 開始日, 備考)");
		}
	}

	private static Map<String, String> canonical(Map<String, String> row) {
		Map<String, String> canonical = new LinkedHashMap<>(row);
		ALIASES.forEach((column, aliases) -> aliases.forEach(alias -> {
			if (canonical.get(column) == null && row.get(alias) != null) {
				canonical.put(column, row.get(alias));
			}
		}));
		return canonical;
	}

	private static DrawnLine line(int line, Map<String, String> row, LocalDate drawnOn, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		String name = text(row, NAME, 100, true, problems);
		String kana = text(row, KANA, 100, false, problems);
		String address = text(row, ADDRESS, 200, false, problems);
		String watcher = text(row, WATCHER, 100, true, problems);
		String watcherAddress = text(row, WATCHER_ADDRESS, 200, false, problems);
		String note = text(row, NOTE, 500, false, problems);
		Integer age = age(row.get(AGE), problems);
		WatcherRole role = word(WatcherRole.class, row, ROLE, WatcherRole.NEIGHBOUR, problems);
		TieKind kind = word(TieKind.class, row, KIND, TieKind.WATCHING, problems);
		TieFrequency frequency = word(TieFrequency.class, row, FREQUENCY, TieFrequency.OCCASIONALLY, problems);
		boolean agreed = agreed(row.get(AGREED), problems);
		LocalDate since = since(row.get(SINCE), drawnOn, today, problems);
		return new DrawnLine(line, name, kana, address, age, watcher, watcherAddress, role, kind, frequency, agreed,
				since, note, List.copyOf(problems));
	}

	private static String text(Map<String, String> row, String column, int max, boolean required,
			List<Problem> problems) {
		String value = row.get(column);
		if (value == null && required) {
			problems.add(new Problem(column, "空欄です。記入してください"));
		}
		if (value != null && value.length() > max) {
			problems.add(new Problem(column, max + "文字以内にしてください"));
			return null;
		}
		return value;
	}

	private static Integer age(String value, List<Problem> problems) {
		if (value == null) {
			return null;
		}
		String digits = OpenDataCsv.nfkc(value).replace("歳", "");
		try {
			int age = Integer.parseInt(digits);
			if (age >= 0 && age <= 120) {
				return age;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		problems.add(new Problem(AGE, "0〜120の数字で書いてください（例：78）"));
		return null;
	}

	private static <E extends Enum<E>> E word(Class<E> type, Map<String, String> row, String column, E otherwise,
			List<Problem> problems) {
		String value = row.get(column);
		if (value == null) {
			return otherwise;
		}
		Optional<E> parsed = Labels.parse(type, value);
		if (parsed.isEmpty()) {
			problems.add(new Problem(column, "「" + value + "」は使えません。次のどれかを書いてください：" + Labels.listOf(type)));
			return null;
		}
		return parsed.get();
	}

	private static boolean agreed(String value, List<Problem> problems) {
		if (value == null) {
			return false;
		}
		String answer = OpenDataCsv.nfkc(value).toLowerCase(java.util.Locale.ROOT);
		if (YES.contains(answer)) {
			return true;
		}
		if (!NO.contains(answer)) {
			problems.add(new Problem(AGREED, "「はい」か「いいえ」で書いてください"));
		}
		return false;
	}

	private static LocalDate since(String value, LocalDate drawnOn, LocalDate today, List<Problem> problems) {
		if (value == null) {
			return drawnOn;
		}
		String date = OpenDataCsv.nfkc(value);
		for (DateTimeFormatter format : List.of(DASHED, SLASHED)) {
			try {
				LocalDate parsed = LocalDate.parse(date, format);
				if (parsed.isAfter(today)) {
					problems.add(new Problem(SINCE, "未来の日付です"));
					return null;
				}
				return parsed;
			}
			catch (DateTimeParseException notThisFormat) {
				// the next format
			}
		}
		problems.add(new Problem(SINCE, "2024-04-01 か 2024/4/1 の形で書いてください"));
		return null;
	}

}
