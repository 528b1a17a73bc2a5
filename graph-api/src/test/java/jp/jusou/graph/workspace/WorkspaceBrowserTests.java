package jp.jusou.graph.workspace;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace in a real browser (headless Chromium through ChromeDriver), in the
 * production profile with form sign-in, on the demo city: each page renders what the API
 * answers, names appear only with a basis, the purpose selector changes what is shown. A
 * screenshot of each page goes to target/screenshots/. Skipped, saying how to install it,
 * where Chromium is missing.
 */
class WorkspaceBrowserTests extends WorkspaceBrowserTest {

	@Test
	void aPageAskedForWithoutSigningInGoesToTheSignInPageAndAWrongPasswordSaysSo() throws IOException {
		browser.get(users.root() + "/household");
		wait.until(ExpectedConditions.urlContains("/signin"));
		browser.findElement(By.id("username")).clear();
		browser.findElement(By.id("username")).sendKeys("coordinator");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "パスワードが違います"));
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).as("only the password is typed again")
			.isEqualTo("coordinator");
		screenshot("signin");
	}

	/**
	 * Guessing slows the next attempt (1, 2, 4 … s after the third failure); a sign-in
	 * the brake holds says how long to wait instead of "wrong password".
	 */
	@Test
	void aSignInTheBrakeHoldsSaysHowLongToWait() {
		String said = "";
		for (int attempt = 0; attempt < 8 && !said.contains("待って"); attempt++) {
			said = page.trySignIn("houkatsu3", "not-the-password");
		}
		assertThat(said).contains("秒待ってからもう一度お試しください").doesNotContain("パスワードが違います");
	}

	@Test
	void theCoordinatorSeesThe8050HouseholdsFourAgenciesAndTwoWithheldItems() throws IOException {
		signIn("coordinator", "CASE_WORK");
		browser.get(users.root() + "/household?id=hh-reita");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ecomap g.agency"), 4));
		String withheld = browser.findElement(By.cssSelector("#ecomap g.withheld-items")).getText();
		assertThat(withheld).contains("非表示の関わり 2件");
		assertThat(browser.findElement(By.id("withheld")).getText()).contains("開くには");
		assertThat(browser.findElement(By.id("ecomap")).getText()).contains("例田 ウメ", "例田 健一");
		assertThat(browser.findElements(By.cssSelector("#list tbody tr"))).isNotEmpty();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "つなぎ"));
		screenshot("household");
	}

	@Test
	void theCswMapShowsTheIsolatedResidentsTheApiAnswersWithNamesOnlyWhereABasisExists() throws IOException {
		var answer = users.as("csw")
			.document("{ isolatedResidentsNear(activityId: \"act-hub-soudan\", radiusMeters: 1000) "
					+ "{ residents { person { name } identityWithheld { reason } } } }")
			.execute();
		List<String> names = answer.path("isolatedResidentsNear.residents[*].person.name")
			.entityList(String.class)
			.get();
		int residents = answer.path("isolatedResidentsNear.residents").entityList(Object.class).get().size();
		signIn("csw", "CASE_WORK");
		browser.get(users.root() + "/map?activity=act-hub-soudan&radius=1000");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.resident"), residents));
		String text = browser.findElement(By.id("results")).getText();
		assertThat(residents).as("例川 サト is listed since an open case is not contact").isEqualTo(4);
		assertThat(text.split("氏名は非表示（", -1)).hasSize(residents - names.size() + 1);
		assertThat(text).contains("独居", "300.6 m");
		assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))).as("area outlines")
			.hasSizeGreaterThan(3);
		screenshot("map-isolated");

		browser.get(users.root() + "/map?lat=37.4930&lon=139.9320&radius=800");
		new Select(browser.findElement(By.id("weekday"))).selectByValue("WED");
		browser.findElement(By.cssSelector("#search button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "水曜"));
		assertThat(browser.findElement(By.id("results")).getText()).contains("毎週 水 10:00–12:00");
		assertThat(browser.findElements(By.cssSelector("#results li.resource"))).hasSize(2);
		screenshot("map");
	}

	@Test
	void theDashboardShowsSuppressedCellsAsUnderFiveAndOffersTheTableAsCsv() throws IOException {
		signIn("dashboard", "");
		browser.get(users.root() + "/dashboard?year=2026&metric=CONSULTATIONS");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cells td.suppressed")));
		assertThat(browser.findElement(By.id("cells")).getText()).contains("5未満");
		assertThat(browser.findElement(By.id("targets")).getText()).contains("地域ケア会議開催回数");
		assertThat(browser.findElement(By.id("csv")).isEnabled()).isTrue();
		assertThat(browser.findElements(By.id("purpose"))).as("no purpose to choose for aggregates").isEmpty();
		browser.executeScript("document.getElementById('cells').scrollIntoView()");
		screenshot("dashboard");
	}

	@Test
	void thePrivacyOfficerSeesAPersonsTrailAndTheChainVerified() throws IOException {
		users.as("coordinator").document("{ household(id: \"hh-reita\") { members { name } } }").execute();
		signIn("privacy", "");
		browser.get(users.root() + "/audit");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain"), "検証済み"));
		// 開示請求: the son of the 8050 household asks, showing a document with his name (in
		// hiragana here) and birth year
		browser.findElement(By.id("d-kana")).sendKeys("れいた けんいち");
		browser.findElement(By.id("d-year")).sendKeys(String.valueOf(birthYear("p-reita-kenichi")));
		browser.findElement(By.cssSelector("#disclosure-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("candidates"), "門田町"));
		assertThat(browser.findElements(By.cssSelector("#candidates tbody tr"))).hasSize(1);
		browser.findElement(By.cssSelector("#candidates tbody button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trail"), "見本 太郎"));
		assertThat(browser.findElement(By.id("trail-title")).getText()).contains("例田 健一");
		screenshot("audit");
		String table = browser.findElement(By.id("trail")).getText();
		assertThat(table).as("the trail in the screen's words: JST, operations and bases named in Japanese")
			.contains("世帯を1件取得", "自機関の記録", "日本時間", "地域福祉課")
			.doesNotContain("Query.", "OWN_AGENCY", "CASE_WORK", "ag-", "coordinator")
			.doesNotContainPattern("T\\d\\d:\\d\\d:\\d\\d");
	}

	@Test
	void aUserWithoutABasisSeesNoNameAnywhereOnThePage() {
		List<String> names = memberNames("hh-kariyama");
		assertThat(names).isNotEmpty();
		signIn("houkatsu1", "CASE_WORK");
		browser.get(users.root() + "/household?id=hh-kariyama");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ecomap g.withheld-members")));
		String page = browser.getPageSource();
		assertThat(names).allSatisfy(name -> assertThat(page).doesNotContain(name));
		assertThat(browser.findElement(By.id("withheld")).getText()).contains("閲覧の根拠がありません");
	}

	@Test
	void thePurposeSelectorChangesWhatIsShown() {
		List<String> names = memberNames("hh-kariyama");
		List<String> forMatching = users.as("kodomo", "PARTICIPATION_MATCHING")
			.document("{ household(id: \"hh-kariyama\") { members { name } } }")
			.execute()
			.path("household.members[*].name")
			.entityList(String.class)
			.get();
		assertThat(forMatching).as("a support meeting opens nothing for another purpose").hasSizeLessThan(names.size());
		signIn("kodomo", "CASE_WORK");
		browser.get(users.root() + "/household?id=hh-kariyama");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ecomap g.member")));
		assertThat(browser.findElement(By.id("ecomap")).getText()).contains(names);

		var before = browser.findElement(By.id("ecomap"));
		new Select(browser.findElement(By.id("purpose"))).selectByValue("PARTICIPATION_MATCHING");
		assertThat(browser.findElement(By.id("purpose-apply")).isDisplayed())
			.as("choosing asks to apply; it reloads nothing")
			.isTrue();
		browser.findElement(By.id("purpose-apply")).click();
		wait.until(ExpectedConditions.stalenessOf(before));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ecomap g.withheld-members")));
		assertThat(new Select(browser.findElement(By.id("purpose"))).getFirstSelectedOption().getText())
			.isEqualTo("参加支援のマッチング");
		String page = browser.getPageSource();
		assertThat(names).allSatisfy(name -> {
			if (forMatching.contains(name)) {
				assertThat(page).contains(name);
			}
			else {
				assertThat(page).doesNotContain(name);
			}
		});
	}

	@Test
	void anExpiredSessionAsksToSignInAgainKeepingThePurpose() {
		signIn("coordinator", "PLAN_DELIBERATION");
		browser.get(users.root() + "/household");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#list tbody tr")));
		browser.manage().deleteCookieNamed("JSESSIONID");
		browser.findElement(By.cssSelector("#search button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/signin?expired"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "有効期限が切れました"));
		assertThat(new Select(browser.findElement(By.id("purpose"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("PLAN_DELIBERATION");
	}

	@Test
	void theCoordinatorsDayListsHouseholdsByNameWithNothingRaw() throws IOException {
		signIn("coordinator", "CASE_WORK");
		browser.get(users.root() + "/today");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#lists section"), 5));
		String day = browser.findElement(By.id("lists")).getText();
		screenshot("today");
		assertThat(day).contains("対応中のケース", "モニタリングの時期が来た支援プラン", "まだ会えていない世帯", "さんの世帯")
			.as("households by name, statuses and sources in words")
			.doesNotContain("hh-")
			.doesNotContainPattern("\\b[A-Z][A-Z_]{3,}\\b");
	}

	@Test
	void aSessionRequestWithoutTheCsrfTokenIsRefused() {
		signIn("coordinator", "CASE_WORK");
		Object status = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
				  body: JSON.stringify({ query: '{ me { username } }' }) }).then((r) => done(r.status));
				""");
		assertThat(status).isEqualTo(403L);
	}

	private void signIn(String username, String purpose) {
		page.signIn(username, purpose);
	}

	private int birthYear(String personId) {
		return neo4j.query("MATCH (p:Person {id: $id}) RETURN p.birthYear AS year")
			.bind(personId)
			.to("id")
			.fetchAs(Integer.class)
			.mappedBy((types, row) -> row.get("year").asInt())
			.one()
			.orElseThrow();
	}

	private List<String> memberNames(String householdId) {
		return List.copyOf(neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.name AS name")
			.bind(householdId)
			.to("id")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("name").asString())
			.all());
	}

}
