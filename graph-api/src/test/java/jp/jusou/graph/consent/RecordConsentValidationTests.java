package jp.jusou.graph.consent;

import java.util.List;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of recordConsent, broken on its own: an error naming the field and the rule,
 * and no consent written.
 */
@GraphApiTest
class RecordConsentValidationTests {

	@Autowired
	DemoUsers users;

	@Autowired
	Driver driver;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no grantee               | granteeAgencyIds: []                                           | input.granteeAgencyIds | at-least-one-grantee
					unknown grantee          | granteeAgencyIds: ["ag-kodomo", "ag-nowhere"]                  | input.granteeAgencyIds | exists
					no category              | categories: []                                                 | input.categories       | not-empty
					no purpose               | purposes: []                                                   | input.purposes         | not-empty
					ends before it starts    | validTo: "2026-10-01"                                          | input.validTo          | not-before-validFrom
					longer than five years   | validTo: "2032-01-01"                                          | input.validTo          | at-most-5-years
					grantor from elsewhere   | grantorId: "p-reita-ume"                                       | input.grantorId        | same-household
					proxy without a proxy    | verification: PROXY                                            | input.proxy            | required-for-proxy
					unknown person           | subjectId: "p-nobody"                                          | input.subjectId        | exists
					""")
	void aBrokenRuleNamesTheFieldAndWritesNothing(String description, String override, String argument, String rule) {
		long consentsBefore = consents();
		List<ResponseError> errors = users.as("kodomo")
			.document(document(override))
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("argument", argument).containsEntry("rule", rule);
			assertThat(error.getMessage()).startsWith(argument + ":");
		});
		assertThat(consents()).isEqualTo(consentsBefore);
	}

	/**
	 * A valid consent for 見本川 翔, with one field replaced (or added) by {@code override}.
	 */
	private static String document(String override) {
		String field = override.substring(0, override.indexOf(':'));
		List<String> fields = List.of("subjectId: \"p-mihon-sho\"", "decision: PERMIT",
				"granteeAgencyIds: [\"ag-kodomo\"]", "categories: [CHILD]", "purposes: [CASE_WORK]",
				"validFrom: \"2026-11-01\"", "validTo: \"2027-10-31\"", "verification: SIGNED");
		boolean replaces = fields.stream().anyMatch(f -> f.startsWith(field + ":"));
		String input = String.join(", ", fields.stream().map(f -> f.startsWith(field + ":") ? override : f).toList())
				+ (replaces ? "" : ", " + override);
		return "mutation { recordConsent(input: {" + input + "}) { consent { id } } }";
	}

	private long consents() {
		try (Session session = driver.session()) {
			return session.run("MATCH (c:Consent) RETURN count(c) AS consents").single().get("consents").asLong();
		}
	}

}
