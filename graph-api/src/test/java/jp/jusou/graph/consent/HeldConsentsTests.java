package jp.jusou.graph.consent;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code consents}: the agency that recorded a consent and the agencies it names read it,
 * nobody else; the list of those ending soon holds permits in force only. Test clock:
 * 2026-11-23.
 */
@GraphApiTest
class HeldConsentsTests {

	@Autowired
	DemoUsers users;

	@Test
	void theRecorderAndTheGranteesReadAConsentWithItsDaysLeftAndNobodyElse() {
		String consentId = users.as("kodomo")
			.document("""
					mutation { recordConsent(input: {subjectId: "p-mihon-sho", decision: PERMIT,
					  granteeAgencyIds: ["ag-houkatsu-1"], categories: [CHILD], purposes: [CASE_WORK],
					  validFrom: "2026-01-01", validTo: "2026-12-03", verification: SIGNED}) { consent { id } } }""")
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
		try {
			assertListedAndRevoked(consentId);
		}
		finally {
			users.as("kodomo")
				.document("mutation { revokeConsent(input: {consentId: \"" + consentId + "\"}) { consent { id } } }")
				.execute();
		}
	}

	private void assertListedAndRevoked(String consentId) {
		assertThat(ending("kodomo", 30)).anySatisfy(held -> assertThat(held).containsEntry("id", consentId)
			.containsEntry("recordedHere", true)
			.containsEntry("daysLeft", 10)
			.containsEntry("householdId", "hh-mihon"));
		assertThat(ending("houkatsu1", 30))
			.anySatisfy(held -> assertThat(held).containsEntry("id", consentId).containsEntry("recordedHere", false));
		assertThat(ending("seikatsu", 365)).as("an agency the consent does not name")
			.noneSatisfy(held -> assertThat(held).containsEntry("id", consentId));
		assertThat(ending("kodomo", 5)).as("ends after the window asked about")
			.noneSatisfy(held -> assertThat(held).containsEntry("id", consentId));

		users.as("kodomo")
			.document("mutation { revokeConsent(input: {consentId: \"" + consentId + "\"}) { consent { id } } }")
			.execute()
			.path("revokeConsent.consent.id")
			.hasValue();
		assertThat(ending("kodomo", 30)).as("a revoked consent no longer ends")
			.noneSatisfy(held -> assertThat(held).containsEntry("id", consentId));
		assertThat(ofPerson("kodomo", "p-mihon-sho")).as("the person's list keeps it, revoked")
			.anySatisfy(held -> assertThat(held).containsEntry("id", consentId).containsEntry("daysLeft", null));
	}

	@Test
	void theDemoCitysConsentEndingInTwentyDaysIsListedAndTheExpiredOneIsNot() {
		assertThat(ending("kodomo", 30)).extracting(held -> held.get("id"))
			.contains("c-mihon-sho")
			.doesNotContain("c-mihon-toshi", "c-mihon-yumi");
		assertThat(ofPerson("kodomo", "p-mihon-toshi")).as("ended, and the centre has no other basis for her: withheld")
			.isEmpty();
		assertThat(ofPerson("kodomo", "p-mihon-sho")).extracting(held -> held.get("id")).contains("c-mihon-sho");
	}

	/**
	 * Whom a consent is about is the access policy's to tell: a grantee reading for
	 * another purpose than the consent covers does not learn of it.
	 */
	@Test
	void aGranteeReadingForAPurposeTheConsentDoesNotCoverIsNotToldOfIt() {
		String consentId = users.as("kodomo")
			.document("""
					mutation { recordConsent(input: {subjectId: "p-mihon-sho", decision: PERMIT,
					  granteeAgencyIds: ["ag-houkatsu-1"], categories: [CHILD], purposes: [PLAN_DELIBERATION],
					  validFrom: "2026-01-01", validTo: "2026-12-03", verification: SIGNED}) { consent { id } } }""")
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
		try {
			assertThat(ids(users.as("houkatsu1", "PLAN_DELIBERATION"))).contains(consentId);
			assertThat(ids(users.as("houkatsu1", "CASE_WORK"))).doesNotContain(consentId);
		}
		finally {
			users.as("kodomo")
				.document("mutation { revokeConsent(input: {consentId: \"" + consentId + "\"}) { consent { id } } }")
				.execute();
		}
	}

	private static List<String> ids(org.springframework.graphql.test.tester.GraphQlTester reader) {
		return reader.document("{ consents(endingWithinDays: 30) { consent { id } } }")
			.execute()
			.path("consents[*].consent.id")
			.entityList(String.class)
			.get();
	}

	@Test
	void aDayCountOutsideItsRangeIsRefusedNamingTheArgument() {
		users.as("kodomo")
			.document("{ consents(endingWithinDays: 400) { householdId } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getPath()).isEqualTo("consents"))
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "endingWithinDays")));
	}

	private List<Map<String, Object>> ending(String user, int days) {
		return read(user, "endingWithinDays: " + days);
	}

	private List<Map<String, Object>> ofPerson(String user, String personId) {
		return read(user, "personId: \"" + personId + "\"");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> read(String user, String arguments) {
		List<Map<String, Object>> rows = users.as(user)
			.document("{ consents(" + arguments + ") { consent { id validTo } householdId recordedHere daysLeft } }")
			.execute()
			.path("consents")
			.entity(List.class)
			.get();
		return rows.stream().map(row -> {
			Map<String, Object> flat = new java.util.HashMap<>(row);
			flat.put("id", ((Map<String, Object>) row.get("consent")).get("id"));
			return flat;
		}).toList();
	}

}
