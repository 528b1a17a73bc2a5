package jp.jusou.graph.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jp.jusou.graph.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of /record as a coordinator sees it on the 8050 household (and the first
 * consultation's, with no household), one screenshot each in target/screenshots/forms/
 * for README's gallery; each form is titled and labelled in Japanese only.
 */
class FormGalleryBrowserTests extends WorkspaceBrowserTest {

	@Test
	void everyFormIsShownTitledAndLabelledInJapanese() throws IOException {
		page.signIn("coordinator", "CASE_WORK");
		List<String> shot = new ArrayList<>();
		for (String household : new String[] { null, "hh-reita" }) {
			page.openRecord(household, household == null ? "consultation" : "visit");
			page.settledText();
			for (WebElement form : browser.findElements(By.cssSelector("#forms > section.panel"))) {
				String id = form.getAttribute("id");
				assertThat(form.findElement(By.tagName("h3")).getText()).as(id).doesNotContainPattern("[A-Za-z]{2,}");
				browser.executeScript("arguments[0].scrollIntoView()", form);
				HeadlessChromium.screenshot(form, "forms/" + (household == null ? "new-" : "") + id);
				shot.add(id);
			}
		}
		assertThat(shot).contains("consultation", "visit", "signal", "consent", "consent-revocation", "referral",
				"assessment", "plan", "plan-revision", "meeting", "participation", "follow-up", "case-closing",
				"member-joined", "moved", "contact", "patterns");
	}

}
