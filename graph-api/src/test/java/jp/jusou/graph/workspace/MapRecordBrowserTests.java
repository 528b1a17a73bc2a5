package jp.jusou.graph.workspace;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSW who finds a new サロン in the area registers it on the map at the point chosen, then
 * its monthly activity (第2水曜), through the pages only; a place without a point is refused
 * in Japanese before anything is written.
 */
class MapRecordBrowserTests extends WorkspaceBrowserTest {

	static final String NAME = "記録テストサロン（架空）";

	@Test
	void aCswRegistersAPlaceAtThePointChosenAndItsMonthlyActivity() throws IOException {
		page.signIn("csw", "CASE_WORK");
		browser.get(users.root() + "/map");
		page.settledText();
		page.type("resource", "name", NAME);
		page.choose("resource", "kind", "SALON");
		page.submit("resource");
		assertThat(page.refused("resource")).contains("地図をクリック");

		browser.findElement(By.id("use-centre")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "か所の社会資源"));
		page.submit("resource");
		page.saved("resource", "社会資源を登録しました");
		String id = neo4j.query("MATCH (r:Resource {name: $name}) RETURN r.id AS id")
			.bind(NAME)
			.to("name")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.one()
			.orElseThrow();
		flow.createdResource(id);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), NAME));

		wait.until(page -> new Select(this.page.field("activity", "resourceId")).getOptions()
			.stream()
			.anyMatch(option -> option.getText().equals(NAME)));
		new Select(page.field("activity", "resourceId")).selectByVisibleText(NAME);
		page.type("activity", "name", "おしゃべり会");
		page.choose("activity", "frequency", "MONTHLY");
		page.tick("activity", "weekdays", "WED");
		page.choose("activity", "week", "2");
		page.date("activity", "startTime", "10:00");
		page.date("activity", "endTime", "11:30");
		page.submit("activity");
		assertThat(page.saved("activity", "活動を登録しました")).contains("おしゃべり会", "第2");
		screenshot("map-record");
	}

}
