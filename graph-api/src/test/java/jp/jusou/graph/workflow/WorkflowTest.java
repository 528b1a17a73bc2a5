package jp.jusou.graph.workflow;

import jp.jusou.graph.audit.AuditJournalShipper;
import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test class that plays workflows through the API as the demo users, with a
 * {@link Workflow} that removes after each test what the test wrote, so the shared demo
 * city stays as the other test classes expect it.
 */
abstract class WorkflowTest {

	@Autowired
	DemoUsers users;

	@Autowired
	Driver driver;

	@Autowired
	KeptFactsRebuild keptFacts;

	@Autowired
	AuditJournalShipper auditShipper;

	Workflow flow;

	@BeforeEach
	void startWorkflow() {
		flow = new Workflow(users, driver, keptFacts, auditShipper);
	}

	@AfterEach
	void cleanUpWorkflow() {
		flow.cleanUp();
	}

}
