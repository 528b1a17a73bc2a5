package jp.jusou.graph.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A readable エコマップ, measured in the browser at a desktop's and a tablet's width: no label
 * crosses another or a box, every member's line stays inside the household's circle, no
 * text is drawn below 12 px, and a legend and a print button come with it.
 */
class EcomapBrowserTests extends WorkspaceBrowserTest {

	/**
	 * What overlaps, what leaves the circle and what is too small, as the page measures
	 * it.
	 */
	static final String MEASURE = """
			const boxes = [...document.querySelectorAll('#ecomap g.link rect, #ecomap g.agency rect, #ecomap g.withheld-items rect')]
			  .map((e) => ({ what: e.parentNode.textContent, r: e.getBoundingClientRect() }));
			const crossing = [];
			boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
			  if (a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1)
			    crossing.push(a.what + ' × ' + b.what);
			}));
			const circle = document.querySelector('#ecomap circle').getBoundingClientRect();
			const cx = circle.left + circle.width / 2, cy = circle.top + circle.height / 2, radius = circle.width / 2;
			const outside = [...document.querySelectorAll('#ecomap g.member text, #ecomap g.withheld-members rect')]
			  .filter((e) => { const r = e.getBoundingClientRect();
			    return [[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom]]
			      .some(([x, y]) => Math.hypot(x - cx, y - cy) > radius + 1); })
			  .map((e) => e.textContent);
			const svg = document.querySelector('#ecomap svg');
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			const small = [...svg.querySelectorAll('text')]
			  .filter((e) => parseFloat(getComputedStyle(e).fontSize) * scale < 12).map((e) => e.textContent);
			return { crossing, outside, small };""";

	@Test
	void theEcomapReadsAtADesktopAndATabletWidth() throws IOException {
		page.signIn("coordinator", "CASE_WORK");
		for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(820, 1180))) {
			browser.manage().window().setSize(size);
			for (String household : List.of("hh-reita", "hh-kasou", "hh-mihon", "hh-kariyama")) {
				browser.get(users.root() + "/household?id=" + household);
				wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ecomap svg")));
				page.settledText();
				Object measured = browser.executeScript(MEASURE);
				assertThat(measured).as(household + " at " + size.width + " px")
					.hasToString("{crossing=[], outside=[], small=[]}");
				assertThat(browser.findElement(By.id("ecomap-legend")).getText()).contains("関わり", "非表示");
				assertThat(browser.findElement(By.id("print-ecomap")).isDisplayed()).isTrue();
			}
			browser.get(users.root() + "/household?id=hh-kasou");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ecomap svg")));
			page.settledText();
			browser.executeScript("document.getElementById('ecomap').scrollIntoView()");
			screenshot("ecomap-" + size.width);
		}
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	/**
	 * Printed (A4 landscape), the page keeps the エコマップ, its legend and the record, and
	 * drops the search and the header; the map fits the paper's width.
	 */
	@Test
	void theEcomapPrintsOnA4() throws IOException {
		page.signIn("coordinator", "CASE_WORK");
		browser.get(users.root() + "/household?id=hh-kasou");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ecomap svg")));
		page.settledText();
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		Object printed = browser.executeScript("""
				const shown = (id) => getComputedStyle(document.getElementById(id)).display !== 'none';
				const svg = document.querySelector('#ecomap svg').getBoundingClientRect();
				return [shown('search'), shown('list-panel'), shown('ecomap-legend'), shown('timeline'),
				  svg.width <= document.getElementById('ecomap').getBoundingClientRect().width + 1];""");
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		assertThat(printed).isEqualTo(List.of(false, false, true, true, true));
		PrintOptions a4 = new PrintOptions();
		a4.setOrientation(PrintOptions.Orientation.LANDSCAPE);
		a4.setPageSize(new PageSize(21.0, 29.7));
		byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
		assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/ecomap-a4.pdf"), pdf);
	}

}
