package jp.jusou.graph.workspace;

import java.io.IOException;
import java.time.Duration;

import jp.jusou.graph.audit.AuditJournalShipper;
import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.HeadlessChromium;
import jp.jusou.graph.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test class that uses the workspace in a real browser (headless Chromium through
 * ChromeDriver), in the production profile with form sign-in, on the demo city: one
 * browser for the class, signed out before each test, and a {@link Workflow} that removes
 * what a test wrote. Screenshots go to target/screenshots/. Skipped, saying how to
 * install it, where Chromium is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jusou.demo.load=true", "jusou.embedded.page-cache=96MB",
				"jusou.embedded.transaction-log-retention=1G size" })
@ActiveProfiles({ "test", "production" })
@Import(DemoUsers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkspaceBrowserTest {

	@Autowired
	DemoUsers users;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Driver driver;

	@Autowired
	KeptFactsRebuild keptFacts;

	@Autowired
	AuditJournalShipper auditShipper;

	ChromeDriver browser;

	WebDriverWait wait;

	WorkspacePage page;

	Workflow flow;

	@BeforeAll
	void startBrowser() {
		browser = HeadlessChromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		page = new WorkspacePage(browser, wait, users);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signedOut() {
		browser.get(users.root() + "/signin");
		browser.manage().deleteAllCookies();
		flow = new Workflow(users, driver, keptFacts, auditShipper);
	}

	@AfterEach
	void removeWhatWasWritten() {
		flow.cleanUp();
	}

	void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(browser, name);
	}

}
