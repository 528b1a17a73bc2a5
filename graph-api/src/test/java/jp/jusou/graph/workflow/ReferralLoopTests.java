package jp.jusou.graph.workflow;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * つなぎ that closes the loop: the 生活困窮 window refers a person it registered to 包括3; only
 * 包括3 answers, once; a referral sent back closes the case it opened, never the sender's,
 * and the sender reads the state and the reason.
 */
@GraphApiTest
class ReferralLoopTests extends WorkflowTest {

	static final String REFER = """
			mutation($input: ReferInput!) { refer(input: $input) { referralId } }""";

	static final String ANSWER = """
			mutation($input: AnswerReferralInput!) { answerReferral(input: $input) {
			  referral { id state answeredOn answerReason toCaseId } } }""";

	static final String LIST = """
			query($side: ReferralSide!) { referrals(side: $side) {
			  id state reason answerReason fromCaseId toCaseId householdId fromAgency { id } toAgency { id } } }""";

	String caseId;

	String household;

	@BeforeEach
	void aPersonRegisteredAtThePovertyWindow() {
		Workflow.Registered registered = flow.registeredAtTheWindow("往復 一郎", 1948, "福島県会津若松市（架空の所在地・つなぎ）");
		household = registered.householdId();
		caseId = registered.caseId();
	}

	@Test
	void onlyTheReceiverAnswersOnceAndASentBackReferralClosesTheCaseItOpenedNotTheSenders() {
		String referralId = refer("介護保険の申請が必要");
		Map<String, Object> received = only(flow.ok("houkatsu3", LIST, Map.of("side", "RECEIVED"), "referrals"),
				referralId);
		assertThat(received).containsEntry("state", "PENDING")
			.containsEntry("householdId", household)
			.containsEntry("fromAgency", Map.of("id", "ag-seikatsu"));
		String toCaseId = (String) received.get("toCaseId");

		assertThat(flow.error("seikatsu", ANSWER, answer(referralId, "ACCEPT", null))).as("the sender")
			.containsEntry("code", "NO_BASIS");
		assertThat(flow.error("houkatsu1", ANSWER, answer(referralId, "ACCEPT", null))).as("another window")
			.containsEntry("code", "NO_BASIS");
		assertThat(flow.error("houkatsu3", ANSWER, answer(referralId, "SEND_BACK", null))).containsEntry("argument",
				"input.reason");

		Map<String, Object> answered = flow.ok("houkatsu3", ANSWER, answer(referralId, "SEND_BACK", "65歳未満の相談ではない"),
				"answerReferral.referral");
		assertThat(answered).containsEntry("state", "RETURNED").containsEntry("answerReason", "65歳未満の相談ではない");
		assertThat(caseStatus(toCaseId)).as("the case the referral opened").isEqualTo("CLOSED");
		assertThat(caseStatus(caseId)).as("the sender's case").isEqualTo("OPEN");
		assertThat(only(flow.ok("seikatsu", LIST, Map.of("side", "SENT"), "referrals"), referralId))
			.as("the sender sees the answer")
			.containsEntry("state", "RETURNED")
			.containsEntry("answerReason", "65歳未満の相談ではない");
		assertThat(flow.error("houkatsu3", ANSWER, answer(referralId, "ACCEPT", null)))
			.containsEntry("argument", "input.referralId")
			.containsEntry("rule", "pending");
	}

	@Test
	void anAcceptedReferralKeepsTheCaseAndSendingBackALaterOneLeavesACaseTheAgencyAlreadyHeld() {
		String first = refer("介護保険の申請が必要");
		Map<String, Object> accepted = flow.ok("houkatsu3", ANSWER, answer(first, "ACCEPT", null),
				"answerReferral.referral");
		assertThat(accepted).containsEntry("state", "ACCEPTED");
		String toCaseId = (String) accepted.get("toCaseId");
		assertThat(caseStatus(toCaseId)).isEqualTo("OPEN");

		String second = refer("配食サービスの相談");
		flow.ok("houkatsu3", ANSWER, answer(second, "SEND_BACK", "すでに対応中"), "answerReferral.referral");
		assertThat(caseStatus(toCaseId)).as("a case the agency held before the referral").isEqualTo("OPEN");
	}

	private String refer(String reason) {
		return (String) flow.<Map<String, Object>>ok("seikatsu", REFER, Map.of("input",
				Map.of("caseId", caseId, "toAgencyId", "ag-houkatsu-3", "reason", reason, "date", "2026-10-10")),
				"refer")
			.get("referralId");
	}

	private static Map<String, Object> answer(String referralId, String answer, String reason) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("referralId", referralId, "answer", answer, "date", "2026-10-12"));
		if (reason != null) {
			input.put("reason", reason);
		}
		return Map.of("input", input);
	}

	private static Map<String, Object> only(List<Map<String, Object>> referrals, String referralId) {
		return referrals.stream().filter(referral -> referralId.equals(referral.get("id"))).findFirst().orElseThrow();
	}

	private String caseStatus(String id) {
		return (String) flow.cypher("MATCH (c:Case {id: $id}) RETURN c.status AS status", Map.of("id", id))
			.get(0)
			.get("status");
	}

}
