package jp.jusou.graph.access;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles that do no case work (DASHBOARD, PRIVACY_OFFICER, ADMIN) reach no person-level
 * field at all, and every person-level request declares its purpose of use; public data
 * needs neither.
 */
@GraphApiTest
class RolesAndPurposeTests {

	@Autowired
	DemoUsers users;

	@ParameterizedTest(name = "{0} asking {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					dashboard | household             | { household(id: "hh-reita") { id members { name } } }
					dashboard | households            | { households { edges { node { id } } } }
					dashboard | isolatedResidentsNear | { isolatedResidentsNear(activityId: "act-hub-soudan", radiusMeters: 1000) { residents { householdId } } }
					dashboard | resourcesNear         | { resourcesNear(near: {householdId: "hh-reita"}, radiusMeters: 500) { distanceMeters } }
					privacy   | household             | { household(id: "hh-reita") { id } }
					admin     | household             | { household(id: "hh-reita") { id } }
					admin     | households            | { households { edges { node { id } } } }
					dashboard | recordConsent         | mutation { recordConsent(input: {subjectId: "p-reita-ume", decision: PERMIT, granteeAgencyIds: ["ag-kodomo"], categories: [CARE], purposes: [CASE_WORK], validFrom: "2026-11-01", validTo: "2027-01-01", verification: SIGNED}) { consent { id } } }
					""")
	void rolesWithoutCaseWorkReachNoPersonLevelField(String user, String field, String document) {
		var response = users.as(user).document(document).execute().returnResponse();
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "ROLE_NOT_ALLOWED")
				.containsEntry("argument", field);
			assertThat(error.getMessage()).startsWith(field + ":");
		});
		assertThat(response.toMap().get("data")).satisfiesAnyOf(data -> assertThat(data).isNull(),
				data -> assertThat(data.toString()).doesNotContain("例田", "p-reita", "hh-reita"));
	}

	@ParameterizedTest(name = "{0} reads public data")
	@CsvSource({ "dashboard", "privacy", "admin" })
	void everyRoleReadsPublicData(String user) {
		users.as(user, null)
			.document(GraphQlDocuments.named("access/agencies"))
			.execute()
			.errors()
			.verify()
			.path("agencies")
			.entityList(Object.class)
			.hasSize(7);
	}

	@ParameterizedTest(name = "purpose header {0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none      | required
			SNOOPING  | one-of
			""")
	void personLevelReadsNeedADeclaredPurpose(String purpose, String rule) {
		users.as("coordinator", purpose)
			.document("{ household(id: \"hh-reita\") { members { name } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("argument", "X-Purpose-Of-Use")
					.containsEntry("rule", rule);
				assertThat(error.getMessage()).startsWith("X-Purpose-Of-Use:");
			}));
	}

}
