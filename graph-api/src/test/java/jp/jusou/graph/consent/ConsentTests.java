package jp.jusou.graph.consent;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.HouseholdLinks;
import jp.jusou.graph.support.GraphRows;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consents decide what crosses from one agency to another, from the commit on. The
 * double-care household hh-mihon: こども家庭センター (kodomo) holds a CHILD case about the child
 * 翔; 若松第1包括 (houkatsu1) and 生活サポート (seikatsu) have nothing to do with it.
 */
@GraphApiTest
class ConsentTests {

	static final String SHO_CHILD_CASE = "case-mihon-child";

	@Autowired
	KeptFactsRebuild keptFacts;

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows rows;

	@Test
	void aConsentToOneAgencyOpensItsCaseToThatAgencyOnlyAndOnlyUntilRevoked() {
		assertThat(visibleReferences("houkatsu1", "hh-mihon")).doesNotContain(SHO_CHILD_CASE);

		String consentId = record("kodomo", "p-mihon-sho", "PERMIT", List.of("ag-houkatsu-1"), List.of("CHILD"));

		assertThat(visibleReferences("houkatsu1", "hh-mihon")).contains(SHO_CHILD_CASE);
		assertThat(basisOf("houkatsu1", "hh-mihon", SHO_CHILD_CASE)).containsEntry("kind", "CONSENT")
			.containsEntry("consentId", consentId);
		assertThat(visibleReferences("seikatsu", "hh-mihon")).as("agency B gets nothing").isEmpty();
		assertThat(visibleReferences(users.as("houkatsu1", "OUTREACH"), "hh-mihon")).as("another purpose").isEmpty();

		revoke("kodomo", consentId);

		assertThat(visibleReferences("houkatsu1", "hh-mihon")).as("after the revoking commit").isEmpty();
	}

	@Test
	void aDenyInsideAPermitWins() {
		String permit = record("kodomo", "p-mihon-sho", "PERMIT", List.of("ag-houkatsu-1"), List.of("CHILD", "HEALTH"));
		String deny = record("kodomo", "p-mihon-sho", "DENY", List.of("ag-houkatsu-1"), List.of("CHILD"));
		assertThat(visibleReferences("houkatsu1", "hh-mihon")).doesNotContain(SHO_CHILD_CASE);
		revoke("kodomo", deny);
		assertThat(visibleReferences("houkatsu1", "hh-mihon")).contains(SHO_CHILD_CASE);
		revoke("kodomo", permit);
		assertThat(visibleReferences("houkatsu1", "hh-mihon")).doesNotContain(SHO_CHILD_CASE);
	}

	@Test
	void anExpiredConsentIsWithheld() {
		// c-mihon-toshi (CARE, to こども家庭センター) ended 35 days ago: 包括5's CARE case about her
		// is withheld.
		assertThat(visibleReferences("kodomo", "hh-mihon")).doesNotContain("case-mihon-care").contains(SHO_CHILD_CASE);
	}

	@Test
	void aConsentToTheParticipantsOfTheMultiLayerMeetingCoversTheAttendeesOfAMeetingThatDiscussedThePerson() {
		// The son in the 8050 household consents to share DISABILITY with the 重層的支援会議's
		// participants.
		// mtg-reita-plan discussed his mother only (he had not consented then), so
		// nothing opens yet.
		assertThat(visibleReferences("coordinator", "hh-reita")).doesNotContain("case-reita-disability");
		String consentId = users.as("seikatsu")
			.document(
					"""
							mutation { recordConsent(input: {subjectId: "p-reita-kenichi", decision: PERMIT, meetingParticipants: true,
							  categories: [DISABILITY], purposes: [CASE_WORK, PLAN_DELIBERATION], validFrom: "2026-11-01",
							  validTo: "2027-10-31", verification: SIGNED}) { consent { id meetingParticipants grantees { id } } } }""")
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
		assertThat(visibleReferences("coordinator", "hh-reita")).as("no meeting has discussed him")
			.doesNotContain("case-reita-disability");
		// A 重層的支援会議 discusses him now: its attendees see the disability window's case
		// about him.
		String meetingId = users.as("coordinator")
			.document("""
					mutation { recordMeeting(input: {kind: MULTI_LAYER_MEETING, date: "2026-11-05",
					  attendingAgencyIds: ["ag-seikatsu"], households: [{householdId: "hh-reita",
					  decision: SHARE_INFORMATION, personIds: ["p-reita-kenichi"]}]}) { meetingId } }""")
			.execute()
			.path("recordMeeting.meetingId")
			.entity(String.class)
			.get();
		try {
			assertThat(visibleReferences("coordinator", "hh-reita")).contains("case-reita-disability");
			assertThat(visibleReferences("houkatsu1", "hh-reita")).as("did not attend").isEmpty();
			revoke("seikatsu", consentId);
			assertThat(visibleReferences("coordinator", "hh-reita")).doesNotContain("case-reita-disability");
		}
		finally {
			rows.write("MATCH (m:Meeting {id: $id}) DETACH DELETE m", Map.of("id", meetingId));
			keptFacts.decideAfresh();
		}
	}

	@Test
	void recordingAConsentNeedsABasisForThePerson() {
		users.as("houkatsu1")
			.document(recordDocument("p-mihon-sho", "PERMIT", List.of("ag-houkatsu-1"), List.of("CHILD")))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NO_BASIS")
					.containsEntry("argument", "input.subjectId")));
	}

	@Test
	void onlyTheRecordingAgencyOrACoordinatorMayRevoke() {
		String consentId = record("kodomo", "p-mihon-sho", "PERMIT", List.of("ag-houkatsu-1"), List.of("EDUCATION"));
		users.as("houkatsu1")
			.document("mutation { revokeConsent(input: {consentId: \"" + consentId + "\"}) { consent { id } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NO_BASIS")));
		revoke("coordinator", consentId);
		users.as("kodomo")
			.document("mutation { revokeConsent(input: {consentId: \"" + consentId + "\"}) { consent { id } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("rule", "not-revoked")));
	}

	private String record(String user, String subjectId, String decision, List<String> grantees,
			List<String> categories) {
		return users.as(user)
			.document(recordDocument(subjectId, decision, grantees, categories))
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
	}

	static String recordDocument(String subjectId, String decision, List<String> grantees, List<String> categories) {
		return """
				mutation { recordConsent(input: {subjectId: "%s", decision: %s, granteeAgencyIds: %s, categories: %s,
				  purposes: [CASE_WORK], validFrom: "2026-11-01", validTo: "2027-10-31", verification: SIGNED}) {
				  consent { id } } }""".formatted(subjectId, decision, quoted(grantees), categories.toString());
	}

	private void revoke(String user, String consentId) {
		users.as(user)
			.document("mutation { revokeConsent(input: {consentId: \"" + consentId
					+ "\", reason: \"本人の申出\"}) { consent { revokedAt } } }")
			.execute()
			.path("revokeConsent.consent.revokedAt")
			.entity(String.class)
			.satisfies(revokedAt -> assertThat(revokedAt).isNotBlank());
	}

	private List<String> visibleReferences(String user, String householdId) {
		return visibleReferences(users.as(user), householdId);
	}

	private List<String> visibleReferences(GraphQlTester tester, String householdId) {
		return HouseholdLinks.visibleReferences(tester, householdId);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> basisOf(String user, String householdId, String reference) {
		List<Map<String, Object>> agencies = users.as(user)
			.document("{ household(id: \"" + householdId
					+ "\") { agencies { agencies { links { reference basis { kind consentId } } } } } }")
			.execute()
			.path("household.agencies.agencies")
			.entity(List.class)
			.get();
		return agencies.stream()
			.flatMap(agency -> ((List<Map<String, Object>>) agency.get("links")).stream())
			.filter(link -> reference.equals(link.get("reference")))
			.map(link -> (Map<String, Object>) link.get("basis"))
			.findFirst()
			.orElseThrow();
	}

	private static String quoted(List<String> ids) {
		return ids.stream().map(id -> "\"" + id + "\"").toList().toString();
	}

}
