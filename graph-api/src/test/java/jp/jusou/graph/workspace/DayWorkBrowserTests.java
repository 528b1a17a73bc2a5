package jp.jusou.graph.workspace;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 今日の仕事 does the day's work: a つなぎ is answered from the receiving window's list and the
 * sender reads the answer on its own; a consent about to end is listed for the window
 * that took it.
 */
class DayWorkBrowserTests extends WorkspaceBrowserTest {

	@Test
	void theReceivingWindowSendsAReferralBackFromItsDayAndTheSenderReadsWhy() throws IOException {
		Workflow.Registered registered = flow.registeredAtTheWindow("往復 二郎", 1950, "往復町2-2（架空）");
		String referralId = (String) flow
			.<Map<String, Object>>ok("seikatsu",
					"mutation($input: ReferInput!) { refer(input: $input) { referralId } }", Map
						.of("input",
								Map.of("caseId", registered.caseId(), "toAgencyId", "ag-houkatsu-3", "reason",
										"介護保険の申請について", "date", "2026-10-10")),
					"refer")
			.get("referralId");

		page.signIn("houkatsu3", "CASE_WORK");
		browser.get(users.root() + "/today");
		String form = "answer-" + referralId;
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id(form + "-form")));
		assertThat(browser.findElement(By.id("lists")).getText()).contains("受け取ったつなぎ（受付待ち）", "往復 二郎 さんの世帯",
				"生活サポート相談窓口");
		browser.executeScript("arguments[0].closest('details').open = true",
				browser.findElement(By.id(form + "-form")));
		page.choose(form, "answer", "SEND_BACK");
		page.submit(form);
		assertThat(page.refused(form)).as("a reason is needed to send back").contains("理由");
		page.type(form, "reason", "要介護認定の申請は本人の住所地の包括へ");
		page.submit(form);
		assertThat(page.saved(form, "差し戻し")).contains("要介護認定の申請は本人の住所地の包括へ");
		screenshot("today-referral-answer");

		page.signIn("seikatsu", "CASE_WORK");
		browser.get(users.root() + "/today");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "送ったつなぎ"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "要介護認定の申請は本人の住所地の包括へ"));
		assertThat(browser.findElement(By.id("lists")).getText()).contains("差し戻し", "往復 二郎");
	}

	@Test
	void theWindowThatTookAConsentSeesItBeforeItEnds() {
		page.signIn("kodomo", "CASE_WORK");
		browser.get(users.root() + "/today");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "期限が近い同意"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "残り20日"));
		assertThat(browser.findElement(By.id("lists")).getText()).contains("見本川 翔", "子ども・子育て", "自機関で記録");
	}

	/**
	 * 情報提供: a worker searches around a household, sees where it is and the radius
	 * searched, and hands the resident a printed sheet of the places chosen — their
	 * address, phone and activities, and nothing about the resident.
	 */
	@Test
	void aWorkerSearchesAroundAHouseholdAndPrintsASheetOfPlacesToHandOver() throws IOException {
		page.signIn("coordinator", "CASE_WORK");
		browser.get(users.root() + "/map?household=hh-reita&radius=2000");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "か所の社会資源"));
		assertThat(browser.findElement(By.id("map")).getText()).contains("世帯の位置");
		List<WebElement> toggles = browser.findElements(By.cssSelector("#results .handout-toggle input"));
		assertThat(toggles).hasSizeGreaterThanOrEqualTo(2);
		toggles.get(0).click();
		toggles.get(1).click();
		String sheet = browser.findElement(By.id("handout")).getText();
		assertThat(sheet).contains("情報提供", "選んだ社会資源 2か所", "会津若松市").doesNotContain("例田");
		browser.executeScript("document.body.classList.add('print-handout')");
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		Object shown = browser.executeScript("""
				const shown = (id) => document.getElementById(id).getClientRects().length > 0;
				return [shown('map'), shown('search'), shown('handout')];""");
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		assertThat(shown).isEqualTo(List.of(false, false, true));
		browser.executeScript("document.body.classList.remove('print-handout')");
		browser.executeScript("document.getElementById('handout').scrollIntoView()");
		screenshot("map-handout");
	}

	/**
	 * アウトリーチ: the coordinator sends an agency to the door of an unreached household from
	 * its day list, sees the assignment listed, and ends it early with a reason.
	 */
	@Test
	void theCoordinatorAssignsAnUnreachedHouseholdAVisitAndEndsIt() {
		page.signIn("coordinator", "OUTREACH");
		browser.get(users.root() + "/today");
		page.settledText();
		WebElement assign = browser.findElements(By.cssSelector("#lists form[id^='assign-']")).get(0);
		String form = assign.getAttribute("id").replaceFirst("-form$", "");
		browser.executeScript("arguments[0].closest('details').open = true", assign);
		page.choose(form, "agencyId", "ag-outreach");
		page.type(form, "reason", "民生委員から孤立の心配の相談");
		page.submit(form);
		page.saved(form, "アウトリーチを割り当てました");
		try {
			browser.get(users.root() + "/today");
			page.settledText();
			assertThat(browser.findElement(By.id("lists")).getText()).contains("アウトリーチの割当て（有効なもの）", "民生委員から孤立の心配の相談");
			WebElement end = browser.findElements(By.cssSelector("#lists form[id^='end-']")).get(0);
			String ending = end.getAttribute("id").replaceFirst("-form$", "");
			browser.executeScript("arguments[0].closest('details').open = true", end);
			page.type(ending, "reason", "本人と会え、相談につながった");
			page.submit(ending);
			page.saved(ending, "割当てを終えました");
		}
		finally {
			neo4j.query("MATCH (a:OutreachAssignment {reason: '民生委員から孤立の心配の相談'}) DETACH DELETE a").run();
		}
	}

	/**
	 * The map by keyboard: its centre becomes the point searched; the residents near an
	 * activity have a radius of their own; 圏域 labels never sit on each other or a dot.
	 */
	@Test
	void theMapSearchesFromItsCentreAndKeepsItsLabelsApart() {
		page.signIn("csw", "CASE_WORK");
		browser.get(users.root() + "/map");
		page.settledText();
		browser.findElement(By.id("use-centre")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "か所の社会資源"));
		assertThat(browser.findElement(By.id("map")).getText()).contains("指定した地点");
		assertThat(browser.findElement(By.id("isolated-radius")).getAttribute("value")).isEqualTo("1000");
		Object crossing = browser.executeScript(
				"""
						const shown = [...document.querySelectorAll('.area-label')].filter((e) => e.style.visibility !== 'hidden')
						  .map((e) => e.getBoundingClientRect());
						const dots = [...document.querySelectorAll('path.dot')].map((e) => e.getBoundingClientRect());
						const crosses = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
						return shown.filter((a, i) => shown.some((b, j) => j !== i && crosses(a, b)) || dots.some((d) => crosses(a, d))).length;""");
		assertThat(crossing).isEqualTo(0L);
	}

}
