package jp.jusou.graph.household;

import java.util.List;

import jp.jusou.graph.support.CypherRoundTrips;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Cypher statement per top-level field, and one per nested level however many rows:
 * no N+1. A household's members and agencies, when selected, are read in the household's
 * own statement (a page's, in the page's read transaction). Every HTTP request also looks
 * its user up once (Basic sign-in against the Staff node). A request that read personal
 * data sends no statement for its audit record: it goes to the instance's journal, and
 * reaches the database later, in the background, with other requests' (not counted).
 */
@GraphApiTest
class BatchLoadingTests {

	static final int SIGN_IN = 1;

	@Autowired
	DemoUsers users;

	@Autowired
	CypherRoundTrips roundTrips;

	@BeforeEach
	void theAuditLogKnowsTheHeadAndTheUsersAgencies() {
		for (String user : List.of("coordinator", "csw")) {
			users.as(user).document("{ household(id: \"hh-reita\") { id } }").execute();
		}
	}

	@Test
	void oneHouseholdWithMembersAndAgenciesIsOneStatement() {
		roundTrips.reset();
		users.as("coordinator")
			.document("{ household(id: \"hh-reita\") { members { name } agencies { agencies { agency { name } } } } }")
			.execute()
			.errors()
			.verify();
		assertThat(roundTrips.count()).as("the access facts with the members and involvements, in one statement")
			.isEqualTo(SIGN_IN + 1);
		assertThat(roundTrips.transactions()).as("sign-in, the read (the audit record goes to the journal)")
			.isEqualTo(2);
		assertThat(roundTrips.sessionModes()).as("reads routable to cluster followers; nothing written on the way")
			.containsExactly(AccessMode.READ, AccessMode.READ);
	}

	@Test
	void aPageOfHouseholdsTakesOneStatementPerLevelWhateverItsSize() {
		String document = """
				{ households(first: 4) { edges { node { id members { name }
				    agencies { agencies { agency { name areas { id } } } } } } } }""";
		roundTrips.reset();
		users.as("coordinator")
			.document(document)
			.execute()
			.errors()
			.verify()
			.path("households.edges")
			.entityList(Object.class)
			.hasSize(4);
		assertThat(roundTrips.count()).as("page, members and involvements, agency areas").isEqualTo(SIGN_IN + 3);
		assertThat(roundTrips.transactions()).as("sign-in, page with its details, agency areas").isEqualTo(3);
	}

	@Test
	void nearbyQueriesTakeOneStatementEach() {
		roundTrips.reset();
		users.as("csw")
			.document(
					"""
							{ a: isolatedResidentsNear(activityId: "act-hub-soudan", radiusMeters: 1000) { residents { householdId } }
							  b: resourcesNear(near: {point: {latitude: 37.493, longitude: 139.932}}, radiusMeters: 800) { distanceMeters } }""")
			.execute()
			.errors()
			.verify();
		assertThat(roundTrips.count()).isEqualTo(SIGN_IN + 2);
	}

}
