package jp.jusou.graph.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly evaluation as staff hand it to the 推進会議: the report page in Japanese words
 * only (令和 year, 記録なし, 5未満), the coordinator's 現状と課題 saved and shown, and the page
 * printed alone on A4 portrait with nothing wider than the paper.
 */
class EvaluationBrowserTests extends WorkspaceBrowserTest {

	@AfterEach
	void removeEntries() {
		neo4j.query("MATCH (n:EvaluationEntry|EvaluationNarrative) DETACH DELETE n").run();
	}

	@Test
	void theCoordinatorCompletesTheReportAndItPrintsOnA4() throws IOException {
		page.signIn("coordinator", "CASE_WORK");
		browser.get(users.root() + "/evaluation?year=2026");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "令和8年度 重層的支援体制整備事業 実施状況報告"));
		String report = browser.findElement(By.id("report")).getText();
		assertThat(report).contains("包括的相談支援事業", "参加支援事業", "地域づくり事業", "アウトリーチ等を通じた継続的支援事業", "多機関協働事業", "地域ケア会議開催回数",
				"50回", "記録なし", "いきいき百歳体操に取り組む団体数", "2団体", "3.2%", "5未満", "成果指標", "終結したプラン", "民生委員・児童委員", "介護→多分野・その他",
				"第2期重層的支援体制整備事業実施計画");
		assertThat(report).doesNotContain("NO_DATA", "COMPUTED", "MULTI_AGENCY", "CARE→", "null", "undefined");

		new Select(browser.findElement(By.id("narrative-business"))).selectByValue("OUTREACH");
		browser.findElement(By.id("narrative-text")).sendKeys("長期のひきこもりの方への訪問は、家族との関係づくりから始めている。");
		browser.findElement(By.cssSelector("#narrative-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-messages"), "現状と課題を保存しました"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "家族との関係づくりから始めている"));
		screenshot("evaluation");

		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 703, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
		Object printed = browser.executeScript(
				"""
						const shown = (selector) => getComputedStyle(document.querySelector(selector)).display !== 'none';
						const report = document.getElementById('report');
						const edge = report.getBoundingClientRect().right + 1;
						const wider = [...report.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge
						  || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.tagName !== 'TD');
						return [shown('body > header'), shown('#choose'), shown('#entry'),
						  document.documentElement.scrollWidth <= 703, wider.map((e) => e.tagName + ':' + e.textContent.slice(0, 30))];""");
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		assertThat(printed).as("printed alone, nothing wider than A4 portrait's 186 mm")
			.isEqualTo(List.of(false, false, false, true, List.of()));
		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
		assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/evaluation-a4.pdf"), pdf);
	}

	@Test
	void theDashboardUserReadsTheReportButEntersNothing() {
		page.signIn("dashboard", "");
		browser.get(users.root() + "/evaluation");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "実施状況報告"));
		assertThat(browser.findElement(By.id("entry")).isDisplayed()).isFalse();
	}

}
