package jp.jusou.graph.workspace;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What follows a first consultation, through the pages only: the window updates the
 * contact and the household's patterns, withdraws a consent on the person's word, closes
 * and reopens its case; and finds an activity that fits the person, matches them and
 * records the follow-up (参加支援). Each form shows the record it made.
 */
class FollowThroughBrowserTests extends WorkspaceBrowserTest {

	String household;

	String person;

	@BeforeEach
	void aPersonTheWindowRegistered() {
		household = flow.registeredAtTheWindow("続行 三郎", 1960, "続行町3-3（架空）").householdId();
		person = flow
			.<List<Map<String, Object>>>ok("seikatsu", "query($id: ID!) { household(id: $id) { members { id } } }",
					Map.of("id", household), "household.members")
			.get(0)
			.get("id")
			.toString();
	}

	@Test
	void theWindowKeepsTheRecordCurrentAndEndsWhatItBegan() throws IOException {
		flow.ok("seikatsu", GraphQlDocuments.named("workflow/consent"),
				Map.of("input",
						Map.of("subjectId", person, "decision", "PERMIT", "granteeAgencyIds", List.of("ag-houkatsu-2"),
								"categories", List.of("POVERTY"), "purposes", List.of("CASE_WORK"), "validFrom",
								"2026-10-02", "validTo", "2027-10-01", "verification", "SIGNED")),
				"recordConsent");
		page.signIn("seikatsu", "CASE_WORK");
		page.openRecord(household, "contact");
		assertThat(browser.findElement(By.id("tabs")).getText()).contains("窓口・訪問", "参加支援", "ケース・世帯の変更");

		page.chooseFirst("contact", "personId");
		page.type("contact", "phone", "0242-00-0000");
		page.type("contact", "contactNote", "平日の午後は在宅");
		page.submit("contact");
		page.saved("contact", "連絡先");

		page.tick("patterns", "patterns", "HIKIKOMORI");
		page.submit("patterns");
		assertThat(page.refused("patterns")).contains("理由");
		page.type("patterns", "note", "半年以上ほとんど外出していない");
		page.submit("patterns");
		page.saved("patterns", "課題");

		page.chooseFirst("consent-revocation", "consentId");
		page.type("consent-revocation", "reason", "本人の申出");
		page.submit("consent-revocation");
		page.saved("consent-revocation", "同意を撤回しました");
		screenshot("record-consent-revocation");

		page.chooseFirst("case-closing", "caseId");
		page.type("case-closing", "reason", "就労が決まり目標達成");
		page.submit("case-closing");
		assertThat(page.saved("case-closing", "終結")).contains("生活困窮");
		screenshot("record-case-closing");

		// the reopening form was rebuilt with the case just closed: no reload
		page.chooseFirst("case-reopening", "caseId");
		page.type("case-reopening", "reason", "再相談");
		page.submit("case-reopening");
		page.saved("case-reopening", "対応中");
		assertThat(flow.<Map<String, Object>>ok("seikatsu", "query($id: ID!) { household(id: $id) { patterns } }",
				Map.of("id", household), "household"))
			.containsEntry("patterns", List.of("HIKIKOMORI"));
	}

	@Test
	void theWindowFindsAnActivityThatFitsMatchesThePersonAndFollowsUp() throws IOException {
		page.signIn("seikatsu", "PARTICIPATION_MATCHING");
		page.openRecord(household, "participation");
		page.chooseFirst("participation", "personId");
		page.tick("participation", "needs", "PLACE_TO_BELONG");
		page.submit("participation");
		page.saved("participation", "候補");
		screenshot("record-participation");
		browser.findElement(By.cssSelector("#participation .saved li button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#participation .saved li"),
				"つなぎました"));

		// the follow-up form was rebuilt with the match just made: no reload
		page.chooseFirst("follow-up", "matchId");
		page.choose("follow-up", "outcome", "STRUGGLING");
		page.type("follow-up", "note", "初回は緊張していた");
		page.submit("follow-up");
		assertThat(page.saved("follow-up", "フォローアップを記録しました")).contains("課題あり");
		screenshot("record-follow-up");
	}

}
