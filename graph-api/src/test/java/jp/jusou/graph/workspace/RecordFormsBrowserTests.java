package jp.jusou.graph.workspace;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.HeadlessChromium;
import jp.jusou.graph.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recordings of a window and of the 多機関協働 coordinator, through the pages only (no
 * GraphQL typed by hand), in headless Chromium on the demo city: what each form refuses
 * is named beside its field and writes nothing; what it saves it shows. Each test removes
 * what it wrote. Screenshots go to target/screenshots/.
 */
class RecordFormsBrowserTests extends WorkspaceBrowserTest {

	/**
	 * A window's day: a first consultation (a refused birth year named beside its field,
	 * nothing written), the household it registers, a visit, a consent, an assessment, a
	 * 支援会議 under the 生活困窮 law and the つなぎ to 多機関協働; then the coordinator drafts the plan.
	 */
	@Test
	void aWindowRecordsItsDayAndTheCoordinatorDraftsThePlan() throws IOException {
		page.signIn("seikatsu", "CASE_WORK");
		page.openRecord(null, "consultation");
		newHousehold("consultation", "記録 花子", "1800", "記録町1-1（架空）");
		page.submit("consultation");
		assertThat(page.refused("consultation")).contains("生年");
		assertThat(browser.findElement(By.cssSelector("#consultation .field.invalid")).getAttribute("data-path"))
			.isEqualTo("newHousehold.consultee.birthYear");
		assertThat(browser.findElement(By.cssSelector("#consultation .field.invalid")).getText()).contains("生年")
			.doesNotContainPattern("[A-Za-z]{3,}");
		assertThat(householdAt("記録町1-1（架空）")).as("a refused form writes nothing").isNull();

		page.field("consultation", "newHousehold.consultee.birthYear").clear();
		page.type("consultation", "newHousehold.consultee.birthYear", "1958");
		page.submit("consultation");
		assertThat(page.saved("consultation", "新しい世帯を登録しました")).contains("来所", "生活困窮");
		screenshot("record-consultation");
		String household = householdAt("記録町1-1（架空）");
		flow.created(household);

		page.openRecord(household, "visit");
		page.choose("visit", "outcome", "MET");
		page.submit("visit");
		page.saved("visit", "面会できた");

		page.chooseFirst("consent", "subjectId");
		page.tick("consent", "categories", "POVERTY");
		page.tick("consent", "purposes", "CASE_WORK");
		page.tick("consent", "granteeAgencyIds", "ag-houkatsu-2");
		page.date("consent", "validTo", "2027-12-31");
		page.choose("consent", "verification", "SIGNED");
		page.submit("consent");
		assertThat(page.saved("consent", "同意を記録しました")).contains("若松第2地域包括支援センター", "2027-12-31", "書面への署名");
		screenshot("record-consent");

		page.choose("assessment", "field", "POVERTY");
		page.type("assessment", "finding", "家賃の滞納が3か月");
		page.submit("assessment");
		page.saved("assessment", "家賃の滞納が3か月");

		page.choose("meeting", "kind", "POVERTY_SUPPORT_MEETING");
		page.tick("meeting", "attendingAgencyIds", "ag-houkatsu-2");
		page.choose("meeting", "discussed.decision", "SHARE_INFORMATION");
		page.submit("meeting");
		page.saved("meeting", "情報共有");

		referToCoordination(household);

		page.signIn("coordinator", "CASE_WORK");
		page.openRecord(household, "plan");
		String plan = draftPlan(List.of("ag-seikatsu"));
		assertThat(plan).as("an added row left empty is no role").contains("家計を立て直す／就労につながる", "生活サポート相談窓口：就労支援");
		screenshot("record-plan");
	}

	/**
	 * 004's first 想定ケース (本人 40代, 両親 80代, 子 20代: 生活困窮, a suspected disability never seen
	 * by a doctor, parents needing care without services) from the window's intake to the
	 * plan's approval at a 重層的支援会議: members join the household, the window refers it to
	 * 多機関協働, the coordinator takes each member's consent (those it has no basis for yet
	 * identified as they tell it), drafts the plan and the meeting approves it.
	 */
	@Test
	void theFirstCaseOfThePlanFromIntakeToTheApprovedPlan() throws IOException {
		page.signIn("seikatsu", "CASE_WORK");
		page.openRecord(null, "consultation");
		newHousehold("consultation", "想定 一郎", "1983", "想定町2-2（架空）");
		page.tick("consultation", "fields", "DISABILITY");
		page.tick("consultation", "fields", "CARE");
		page.submit("consultation");
		page.saved("consultation", "新しい世帯を登録しました");
		String household = householdAt("想定町2-2（架空）");
		flow.created(household);

		page.openRecord(household, "member-joined");
		for (List<String> member : List.of(List.of("想定 父", "1944", "FATHER"), List.of("想定 母", "1946", "MOTHER"),
				List.of("想定 孫", "2004", "CHILD"))) {
			page.field("member-joined", "member.name").clear();
			page.type("member-joined", "member.name", member.get(0));
			page.field("member-joined", "member.birthYear").clear();
			page.type("member-joined", "member.birthYear", member.get(1));
			page.choose("member-joined", "member.relation", member.get(2));
			page.submit("member-joined");
			assertThat(page.saved("member-joined", "記録しました")).contains(member.get(0).substring(3));
		}
		referToCoordination(household);

		page.signIn("coordinator", "CASE_WORK");
		page.openRecord(household, "consent");
		consentOfAMemberItKnows();
		for (List<String> told : List.of(List.of("想定 父", "1944"), List.of("想定 母", "1946"), List.of("想定 孫", "2004"))) {
			page.openRecord(household, "consent-identified");
			consentOfAMemberAsTold(told.get(0), told.get(1));
		}
		screenshot("record-consent-identified");

		page.openRecord(household, "plan");
		assertThat(browser.findElement(By.id("which-title")).getText()).as("every member now shows to the coordinator")
			.contains("想定 一郎");
		assertThat(new Select(page.field("consent", "subjectId")).getOptions()).as("the empty choice and four members")
			.hasSize(5);
		draftPlan(List.of("ag-seikatsu", "ag-houkatsu-3"));

		page.openRecord(household, "meeting");
		page.choose("meeting", "kind", "MULTI_LAYER_MEETING");
		page.tick("meeting", "attendingAgencyIds", "ag-seikatsu");
		page.tick("meeting", "attendingAgencyIds", "ag-houkatsu-3");
		page.choose("meeting", "discussed.decision", "APPROVE_PLAN");
		page.chooseFirst("meeting", "discussed.planId");
		page.submit("meeting");
		assertThat(page.saved("meeting", "プラン承認")).contains("重層的支援会議", "実施中");
		screenshot("record-meeting");
	}

	private void newHousehold(String form, String name, String birthYear, String address) {
		page.type(form, "newHousehold.consultee.name", name);
		page.type(form, "newHousehold.consultee.birthYear", birthYear);
		page.choose(form, "newHousehold.areaId", "area-w2");
		page.type(form, "newHousehold.address", address);
		page.choose(form, "channel", "WALK_IN");
		page.tick(form, "fields", "POVERTY");
		page.tick(form, "topics", "MONEY");
	}

	private void referToCoordination(String household) {
		page.openRecord(household, "referral-coordination");
		page.chooseFirst("referral-coordination", "caseId");
		page.choose("referral-coordination", "coordinatorAgencyId", "ag-chiiki-fukushi");
		page.type("referral-coordination", "reason", "家計と就労、親の介護が重なっている");
		page.submit("referral-coordination");
		page.saved("referral-coordination", "多機関協働へ");
	}

	/** The consent every member gives the coordinator and the meeting's participants. */
	private void consentTerms(String form) {
		for (String field : List.of("CARE", "DISABILITY", "POVERTY", "HEALTH")) {
			page.tick(form, "categories", field);
		}
		page.tick(form, "purposes", "CASE_WORK");
		page.tick(form, "purposes", "PLAN_DELIBERATION");
		page.tick(form, "granteeAgencyIds", "ag-chiiki-fukushi");
		page.field(form, "meetingParticipants").click();
		page.date(form, "validTo", "2027-10-31");
		page.choose(form, "verification", "SIGNED");
	}

	private void consentOfAMemberItKnows() {
		page.chooseFirst("consent", "subjectId");
		consentTerms("consent");
		page.submit("consent");
		page.saved("consent", "同意を記録しました");
	}

	private void consentOfAMemberAsTold(String name, String birthYear) {
		String form = "consent-identified";
		page.type(form, "asTold.name", name);
		page.type(form, "asTold.birthYear", birthYear);
		consentTerms(form);
		page.submit(form);
		page.saved(form, "同意を記録しました");
	}

	private String draftPlan(List<String> agencies) {
		page.type("plan", "goals", "家計を立て直す\n就労につながる");
		page.date("plan", "monitoringDate", "2027-03-31");
		for (int row = 0; row < agencies.size(); row++) {
			if (row > 0) {
				browser.findElement(By.cssSelector("#plan-form fieldset.list > button")).click();
			}
			WebElement at = browser.findElements(By.cssSelector("#plan-form .row")).get(row);
			new Select(at.findElement(By.name("agencyId"))).selectByValue(agencies.get(row));
			new Select(at.findElement(By.name("field"))).selectByValue(row == 0 ? "POVERTY" : "CARE");
			at.findElement(By.name("role")).sendKeys(row == 0 ? "就労支援" : "介護サービス利用支援");
		}
		browser.findElement(By.cssSelector("#plan-form fieldset.list > button")).click();
		page.submit("plan");
		return page.saved("plan", "作成中");
	}

	private String householdAt(String address) {
		return neo4j.query("MATCH (h:Household {address: $address}) RETURN h.id AS id")
			.bind(address)
			.to("address")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.one()
			.orElse(null);
	}

}
