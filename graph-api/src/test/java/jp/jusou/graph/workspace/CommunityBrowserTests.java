package jp.jusou.graph.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.jusou.graph.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community side from the pages: a window records who watches over a resident and
 * sees it on the household's page; a visit with its programme, whom it met and the next
 * visit puts the household on the day's 訪問予定; a CSW's day says which areas it covers.
 */
class CommunityBrowserTests extends WorkspaceBrowserTest {

	@Test
	void aWindowRecordsANeighboursWatchAndAVisitWithItsNextDateFromThePages() throws IOException {
		Workflow.Registered registered = flow.registeredAtTheWindow("見守 ツル", 1941, "見守町5-5（架空）");
		page.signIn("seikatsu", "CASE_WORK");
		page.openRecord(registered.householdId(), "tie");
		page.chooseFirst("tie", "personId");
		page.choose("tie", "kind", "WATCHING");
		page.choose("tie", "watcherRole", "NEIGHBOUR");
		page.type("tie", "watcherName", "隣田 キヨ");
		page.choose("tie", "frequency", "DAILY");
		page.date("tie", "since", "2026-09-01");
		page.submit("tie");
		assertThat(page.saved("tie", "見守り・つながりを記録しました")).contains("見守 ツル", "隣田 キヨ", "近隣住民", "毎日");

		page.choose("visit", "purpose", "CSW_OUTREACH");
		page.choose("visit", "outcome", "MET");
		page.tick("visit", "metPersonIds", memberId(registered.householdId()));
		page.date("visit", "date", "2026-11-10");
		page.date("visit", "nextVisitOn", "2026-11-25");
		page.submit("visit");
		assertThat(page.saved("visit", "訪問を記録しました")).contains("CSWの戸別訪問", "面会できた", "1人", "2026-11-25");
		screenshot("record-tie-and-visit");

		browser.get(users.root() + "/household?id=" + registered.householdId());
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ties"), "隣田 キヨ"));
		assertThat(browser.findElement(By.id("ties")).getText()).contains("見守 ツル", "見守り", "継続中", "生活サポート相談窓口");
		assertThat(browser.findElement(By.id("ecomap")).getText()).as("the watcher on the エコマップ")
			.contains("隣田 キヨ", "見守り（毎日）");
		screenshot("ecomap-tie");

		browser.get(users.root() + "/today");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "訪問予定"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "予定日 2026-11-25"));
		assertThat(browser.findElement(By.id("lists")).getText()).contains("見守 ツル", "あと2日");
	}

	@Test
	void theCswsDaySaysWhichAreasItsListsCoverAndHerYearsFigures() {
		page.signIn("csw", "OUTREACH");
		browser.get(users.root() + "/today");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "担当圏域：若松第2圏域・若松第3圏域"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "2026年度の実績"));
		assertThat(browser.findElement(By.id("year")).getText()).contains("相談会開催数", "相談者数", "訪問実件数", "訪問延件数");
	}

	/**
	 * A 相談会 held at the hub is recorded from the map, with its counts and no names; the
	 * area's 支えあいマップ is laid over the map and offered as a GeoJSON file.
	 */
	@Test
	void aSessionOfAListedActivityIsRecordedFromTheMap() throws IOException {
		page.signIn("coordinator", "CASE_WORK");
		browser.get(users.root() + "/map?household=hh-reita&radius=5000");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "か所の社会資源"));
		wait.until(page -> new Select(this.page.field("session", "activityId")).getOptions()
			.stream()
			.anyMatch(option -> "act-hub-soudan".equals(option.getDomAttribute("value"))));
		page.choose("session", "activityId", "act-hub-soudan");
		page.date("session", "date", "2026-11-18");
		page.type("session", "attendees", "8");
		page.type("session", "consulters", "3");
		page.submit("session");
		String saved = page.saved("session", "開催を記録しました");
		neo4j.query("""
				MATCH (s:ActivitySession)-[:OF]->(:Activity {id: $activity}) WHERE s.date = date($day)
				RETURN s.id AS id""")
			.bind("act-hub-soudan")
			.to("activity")
			.bind("2026-11-18")
			.to("day")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all()
			.forEach(flow::createdOutreachRecord);
		assertThat(saved).contains("暮らしのなんでも相談会", "8人", "3人", "見本 太郎");
		screenshot("map-session");

		new Select(browser.findElement(By.id("support-area"))).selectByValue("area-w3");
		browser.findElement(By.id("show-support-map")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("support-map-summary"), "若松第3圏域：表示した世帯"));
		assertThat(browser.findElement(By.id("support-map-file")).isDisplayed()).as("the GeoJSON to save").isTrue();
		screenshot("map-support-map");
	}

	/**
	 * The 避難行動要支援者名簿 on the map: an 避難支援等関係者 reads the consented entries with the ground
	 * and the duty of secrecy; another agency is told why not, in Japanese.
	 */
	@Test
	void theRosterReachesTheSupportHolderWithItsGroundAndOthersLearnWhyNot() throws IOException {
		page.signIn("csw", "OUTREACH");
		browser.get(users.root() + "/map");
		page.settledText();
		new Select(browser.findElement(By.id("support-area"))).selectByValue("area-w3");
		browser.findElement(By.id("show-roster")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster-list"), "例田 ウメ"));
		assertThat(browser.findElement(By.id("roster-list")).getText()).contains("平常時・本人の同意", "第49条の13", "歩行器を使用");
		screenshot("map-roster");

		page.signIn("houkatsu1", "CASE_WORK");
		browser.get(users.root() + "/map");
		page.settledText();
		browser.findElement(By.id("show-roster")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster-list"), "避難支援等関係者"));
		assertThat(browser.findElement(By.id("roster-list")).getText()).doesNotContain("例田", "roster", "NO_BASIS");
	}

	/**
	 * A 作成会's drawn map brought in from the map page: checked first (the window's own
	 * resident chosen by name and address, a stranger read as no match), then imported,
	 * each line saying what became of it with a link to the household.
	 */
	@Test
	void aDrawnMapIsCheckedThenImportedFromTheMapPage() throws IOException {
		Workflow.Registered registered = flow.registeredAtTheWindow("地図 シゲ", 1940, "見守町6-6（架空）");
		Path file = Files.createTempFile("drawn-map", ".csv");
		Files.writeString(file, """
				氏名,住所,見守る人,立場,種類,頻度
				地図 シゲ,見守町6-6,向井 ヨシ,近隣住民,見守り,週に数回
				見知らぬ 人,見守町9-1,向井 ヨシ,近隣住民,見守り,毎日
				""");
		try {
			page.signIn("seikatsu", "CASE_WORK");
			browser.get(users.root() + "/map");
			page.settledText();
			new Select(browser.findElement(By.id("drawn-area"))).selectByValue("area-w2");
			browser.findElement(By.id("drawn-by")).sendKeys("見守町 支えあいマップ作成会");
			browser.findElement(By.id("drawn-file")).sendKeys(file.toString());
			browser.findElement(By.cssSelector("#drawn-form button[type=submit]")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drawn-review"), "確認結果"));
			String review = browser.findElement(By.id("drawn-review")).getText();
			assertThat(review).contains("地図 シゲ", "一致：氏名・住所", "取り込める", "該当者なし", "向井 ヨシ（近隣住民）", "見守り・週に数回");
			assertThat(review).doesNotContain("READY", "NO_MATCH", "NEIGHBOUR", "p-");
			screenshot("map-drawn-check");

			browser.findElement(By.xpath("//div[@id='drawn-review']//button[text()='この内容で取り込む']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drawn-review"), "取り込みました"));
			assertThat(browser.findElement(By.id("drawn-review")).getText()).contains("新しいつながり 1件", "記録した",
					"地図 シゲ さんの世帯を開く");
			screenshot("map-drawn-imported");
		}
		finally {
			Files.deleteIfExists(file);
			neo4j.query("MATCH (i:SupportMapImport {drawnBy: '見守町 支えあいマップ作成会'}) DETACH DELETE i").run();
		}
		assertThat(neo4j.query("""
				MATCH (:Tie)-[:WATCHES_OVER]->(:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN count(*) AS ties""")
			.bind(registered.householdId())
			.to("id")
			.fetchAs(Long.class)
			.one()).as("the line imported is a tie on her").contains(1L);
	}

	private String memberId(String householdId) {
		return neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id")
			.bind(householdId)
			.to("id")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.one()
			.orElseThrow();
	}

}
