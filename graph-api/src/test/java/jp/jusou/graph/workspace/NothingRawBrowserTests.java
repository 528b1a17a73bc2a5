package jp.jusou.graph.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing raw reaches a screen: every page each role opens, and the dashboard's CSV, read
 * as text (what is shown, and the placeholders, titles and labels a screen reader says)
 * hold no English word, no enum code and no UTC time. The few Latin words that are names
 * (the map library's credit, units, the CSV and GeoJSON formats) are listed.
 */
class NothingRawBrowserTests extends WorkspaceBrowserTest {

	/**
	 * Words in Latin letters a Japanese screen may show: names of formats, units, the map
	 * library's credit, and CSW and LINE, which the municipalities write so (003, 000).
	 */
	static final List<String> NAMES = List.of("CSV", "CSW", "GeoJSON", "LINE", "km", "Leaflet", "OpenStreetMap",
			"contributors");

	static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

	static final Pattern UTC_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d|\\bUTC\\b|\\d\\d:\\d\\dZ");

	/** Each role's pages, with the parameters a day's work opens them with. */
	static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("coordinator",
				List.of("/", "/today", "/household", "/household?id=hh-reita", "/record", "/record?household=hh-reita",
						"/map", "/dashboard?year=2026&metric=CONSULTATIONS", "/evaluation?year=2026"));
		PAGES.put("csw", List.of("/today", "/map?activity=act-hub-soudan&radius=1000", "/record?household=hh-reita"));
		PAGES.put("kodomo", List.of("/today", "/household?id=hh-mihon"));
		PAGES.put("houkatsu1", List.of("/household?id=hh-kariyama", "/record"));
		PAGES.put("dashboard", List.of("/", "/dashboard?year=2026&metric=REFERRAL_ROUTES", "/evaluation?year=2026"));
		PAGES.put("privacy", List.of("/audit?person=p-reita-kenichi"));
	}

	@Test
	void noPageShowsAnEnglishWordAnEnumCodeOrAUtcTime() {
		List<String> raw = new ArrayList<>();
		browser.get(users.root() + "/signin");
		raw.addAll(rawIn("/signin", page.settledText()));
		for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
			page.signIn(role.getKey(), readsPersons(role.getKey()) ? "CASE_WORK" : "");
			for (String path : role.getValue()) {
				browser.get(users.root() + path);
				raw.addAll(rawIn(role.getKey() + " " + path, page.settledText()));
			}
		}
		assertThat(raw).as("Latin words, codes or UTC times on the pages").isEmpty();
	}

	@Test
	void theDashboardsCsvIsInTheWordsOfTheScreen() {
		page.signIn("dashboard", "");
		browser.get(users.root() + "/dashboard?year=2026");
		page.settledText();
		List<String> metrics = browser.findElements(By.cssSelector("#metric option"))
			.stream()
			.map(option -> option.getAttribute("value"))
			.toList();
		assertThat(metrics).hasSizeGreaterThan(10);
		for (String metric : metrics) {
			browser.get(users.root() + "/dashboard?year=2026&metric=" + metric);
			page.settledText();
			wait.until(ExpectedConditions.elementToBeClickable(By.id("csv")));
			String csv = savedCsv();
			assertThat(csv).as(metric + " CSV").contains("圏域");
			assertThat(rawIn("CSV " + metric, csv)).isEmpty();
		}
	}

	@Test
	void theEvaluationsCsvIsInTheWordsOfTheScreen() {
		page.signIn("dashboard", "");
		browser.get(users.root() + "/evaluation?year=2026");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "実施状況報告"));
		String csv = savedCsv();
		assertThat(csv).contains("地域ケア会議開催回数", "記録なし", "5未満", "令和8年度実績", "把握の経路");
		assertThat(rawIn("CSV evaluation", csv)).isEmpty();
	}

	/** The text of the CSV the page's 「CSVで保存」 button makes. */
	private String savedCsv() {
		browser.executeScript("""
				window.csvMade = [];
				const made = URL.createObjectURL;
				URL.createObjectURL = (blob) => { window.csvMade.push(blob); return made(blob); };""");
		browser.findElement(By.id("csv")).click();
		return (String) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const wait = () => window.csvMade.length ? window.csvMade[0].text().then(done) : setTimeout(wait, 50);
				wait();""");
	}

	private static boolean readsPersons(String user) {
		return !List.of("dashboard", "privacy").contains(user);
	}

	/**
	 * The lines of the text holding a raw word or time, each once, with where they were.
	 */
	private static List<String> rawIn(String where, String text) {
		List<String> found = new ArrayList<>();
		for (String line : text.split("\n")) {
			Matcher word = LATIN_WORD.matcher(line);
			boolean raw = UTC_TIME.matcher(line).find();
			while (!raw && word.find()) {
				raw = !NAMES.contains(word.group());
			}
			if (raw && !found.contains(where + ": " + line.strip())) {
				found.add(where + ": " + line.strip());
			}
		}
		return found;
	}

}
