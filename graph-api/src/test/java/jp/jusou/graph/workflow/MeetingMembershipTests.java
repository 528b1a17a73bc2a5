package jp.jusou.graph.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphQlDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sits at a meeting and what the meeting opens: statutory meetings under other laws
 * (要保護児童対策 地域協議会, 地域ケア会議, 生活困窮者自立支援法の支援会議) give their attending agencies the same bounded
 * basis as a 支援会議 when convened by their law's body (000 Q4); one meeting may be both a
 * 支援会議 and a 重層的支援会議 (003); members who are not agencies are marked whether a statute
 * binds them to secrecy, and only those receive the content (004 §7(1), 000 Q4).
 */
@GraphApiTest
class MeetingMembershipTests extends WorkflowTest {

	static final String RECORD = GraphQlDocuments.named("workflow/meeting-with-members");

	static final String HOUSEHOLD = GraphQlDocuments.named("workflow/meeting-membership-household");

	String household;

	String child;

	String mother;

	@BeforeEach
	void aHouseholdKnownToTheChildrensWindowOnly() {
		Map<String, Object> intake = flow.ok("kodomo", GraphQlDocuments.named("workflow/record-consultation-4"),
				Map.of("input",
						Map.of("newHousehold",
								Map.of("areaId", "area-w2", "address", "福島県会津若松市（架空の所在地）", "location",
										Map.of("latitude", 37.4931, "longitude", 139.9311), "consultee",
										Map.of("name", "会議 母", "birthYear", 1985, "relation", "HEAD"), "others",
										List.of(Map.of("name", "会議 子", "birthYear", 2014, "relation", "CHILD"))),
								"date", "2026-11-02", "fields", List.of("CHILD"), "topics", List.of("CHILD_REARING"),
								"channel", "WALK_IN", "summary", "子の不登校と母の疲労")),
				"recordConsultation");
		household = (String) intake.get("householdId");
		flow.created(household);
		List<Map<String, Object>> members = flow.cypher(
				"MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id AS id, p.name AS name",
				Map.of("id", household));
		mother = members.stream()
			.filter(row -> row.get("name").equals("会議 母"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.toString();
		child = members.stream()
			.filter(row -> row.get("name").equals("会議 子"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.toString();
	}

	@Test
	void aChildProtectionCouncilConvenedByTheChildrensBodySharesWithItsMembersAsASupportMeetingDoes() {
		assertThat(flow.<Map<String, Object>>ok("houkatsu3", HOUSEHOLD, Map.of("id", household), "household"))
			.containsEntry("visible", false);
		Map<String, Object> meeting = flow.ok("kodomo", RECORD,
				Map.of("input",
						Map.of("kind", "CHILD_PROTECTION_COUNCIL", "date", "2026-11-20", "attendingAgencyIds",
								List.of("ag-houkatsu-3", "ag-gakkou"), "members",
								List.of(Map.of("role", "WELFARE_COMMISSIONER", "name", "民生 一子"),
										Map.of("role", "PERSON_CONCERNED", "personId", mother)),
								"households",
								List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")))),
				"recordMeeting");
		assertThat(meeting).containsEntry("confidential", true)
			.containsEntry("kinds", List.of("CHILD_PROTECTION_COUNCIL"));
		assertThat(meeting.get("members")).asList()
			.containsExactlyInAnyOrder(
					nullable(Map.of("role", "WELFARE_COMMISSIONER", "roleLabel", "民生委員・児童委員", "name", "民生 一子",
							"confidentialityDuty", true, "dutyBasis", "民生委員法 第15条", "receivesContent", true)),
					nullable(Map.of("role", "PERSON_CONCERNED", "roleLabel", "本人", "personId", mother,
							"confidentialityDuty", false, "receivesContent", false)));
		String meetingId = (String) meeting.get("meetingId");

		Map<String, Object> seen = flow.ok("houkatsu3", HOUSEHOLD, Map.of("id", household), "household");
		assertThat(seen).containsEntry("visible", true);
		assertThat(seen.get("members")).asList()
			.hasSize(2)
			.allSatisfy(member -> assertThat(member).isEqualTo(Map.of("id", ((Map<?, ?>) member).get("id"), "basis",
					Map.of("kind", "SUPPORT_MEETING", "meetingId", meetingId))));
		assertThat(flow.<Map<String, Object>>ok("houkatsu3", "PARTICIPATION_MATCHING", HOUSEHOLD,
				Map.of("id", household), "household"))
			.containsEntry("visible", false);

		Map<String, Object> read = flow.ok("houkatsu3", GraphQlDocuments.named("workflow/meeting-3"),
				Map.of("id", meetingId), "meeting");
		assertThat(read).containsEntry("kindLabel", "要保護児童対策地域協議会")
			.containsEntry("confidential", true)
			.containsEntry("confidentialityLaws", List.of("児童福祉法 第25条の2・第25条の5"));
	}

	@Test
	void aMeetingUnderAnotherLawConvenedByAnotherBodyOrWithoutItsCaseIsRefusedAndOpensNothing() {
		long before = flow.count("MATCH (m:Meeting) RETURN count(m)", Map.of());
		assertThat(flow.error("houkatsu3", RECORD,
				Map.of("input",
						Map.of("kind", "CHILD_PROTECTION_COUNCIL", "date", "2026-11-20", "attendingAgencyIds",
								List.of("ag-kodomo"), "households",
								List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION"))))))
			.containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "input.kind");
		assertThat(flow.error("houkatsu3", RECORD,
				Map.of("input",
						Map.of("kind", "COMMUNITY_CARE_MEETING", "date", "2026-11-20", "attendingAgencyIds",
								List.of("ag-seikatsu"), "households",
								List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION"))))))
			.containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "input.households[0].householdId");
		assertThat(flow.<Map<String, Object>>ok("seikatsu", HOUSEHOLD, Map.of("id", household), "household"))
			.containsEntry("visible", false);
		assertThat(flow.count("MATCH (m:Meeting) RETURN count(m)", Map.of())).isEqualTo(before);
	}

	@Test
	void aSupportMeetingHeldAlsoAsAMultiLayerMeetingSharesWithoutConsentButDecidesPlansOnlyWithIt() {
		Map<String, Object> meeting = flow.ok("coordinator", "PLAN_DELIBERATION", RECORD,
				Map.of("input",
						Map.of("kind", "SUPPORT_MEETING", "alsoHeldAs", List.of("MULTI_LAYER_MEETING"), "date",
								"2026-11-20", "attendingAgencyIds", List.of("ag-kodomo", "ag-seikatsu"), "households",
								List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")))),
				"recordMeeting");
		assertThat(meeting).containsEntry("confidential", true)
			.containsEntry("kinds", List.of("SUPPORT_MEETING", "MULTI_LAYER_MEETING"));
		assertThat(meeting.get("households")).asList()
			.containsExactly(Map.of("householdId", household, "personIds", List.of()));
		assertThat(flow.<Map<String, Object>>ok("seikatsu", HOUSEHOLD, Map.of("id", household), "household"))
			.containsEntry("visible", true);
		assertThat(flow.error("coordinator", RECORD,
				Map.of("input", Map.of("kind", "SUPPORT_MEETING", "alsoHeldAs", List.of("MULTI_LAYER_MEETING"), "date",
						"2026-11-20", "attendingAgencyIds", List.of("ag-kodomo", "ag-seikatsu"), "households",
						List.of(Map.of("householdId", household, "decision", "REPLAN", "planId", "plan-none"))))))
			.containsEntry("rule", "consent-required");
	}

	@Test
	void membersBreakingTheDutyRulesAreRefusedNamingTheFieldAndNothingIsWritten() {
		long before = flow.count("MATCH (m:Meeting) RETURN count(m)", Map.of());
		Map<String, Object> base = Map.of("kind", "CHILD_PROTECTION_COUNCIL", "date", "2026-11-20",
				"attendingAgencyIds", List.of("ag-houkatsu-3"), "households",
				List.of(Map.of("householdId", household, "decision", "SHARE_INFORMATION")));
		assertThat(flow.error("kodomo", RECORD,
				Map.of("input",
						with(base, "members",
								List.of(Map.of("role", "WELFARE_COMMISSIONER", "confidentialityDuty", false))))))
			.containsEntry("argument", "input.members[0].confidentialityDuty")
			.containsEntry("rule", "bound-by-statute");
		assertThat(flow.error("kodomo", RECORD,
				Map.of("input",
						with(base, "members", List.of(Map.of("role", "PERSON_CONCERNED", "personId", "p-reita-ume"))))))
			.containsEntry("argument", "input.members[0].personId")
			.containsEntry("rule", "member-of-discussed-household");
		assertThat(flow.error("kodomo", RECORD,
				Map.of("input",
						with(base, "members",
								List.of(Map.of("role", "FAMILY", "personId", child, "confidentialityDuty", true))))))
			.containsEntry("rule", "not-bound");
		assertThat(flow.error("kodomo", RECORD,
				Map.of("input", with(base, "members", List.of(Map.of("role", "RESIDENT", "name", "近所 三郎"))))))
			.containsEntry("argument", "input.members[0].confidentialityDuty");
		assertThat(flow.error("kodomo", RECORD,
				Map.of("input",
						Map.of("kind", "INFORMATION_SHARING_MEETING", "date", "2026-11-20", "attendingAgencyIds",
								List.of("ag-houkatsu-3"), "members",
								List.of(Map.of("role", "RESIDENT", "name", "近所 三郎", "confidentialityDuty", true))))))
			.containsEntry("rule", "bound-by-meeting-law");
		// a 要保護児童対策地域協議会 may be held as a 支援会議 too, but only with its CHILD body at it
		assertThat(flow.error("coordinator", RECORD,
				Map.of("input", with(base, "alsoHeldAs", List.of("SUPPORT_MEETING")))))
			.containsEntry("code", "NO_BASIS")
			.containsEntry("argument", "input.kind");
		assertThat(flow.count("MATCH (m:Meeting) RETURN count(m)", Map.of())).isEqualTo(before);
		assertThat(flow.count("MATCH (m:MeetingMember) RETURN count(m)", Map.of())).isZero();
	}

	private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(base);
		copy.put(key, value);
		return copy;
	}

	/** The answer carries null fields; the expected map lists the present ones. */
	private static Map<String, Object> nullable(Map<String, Object> present) {
		Map<String, Object> expected = new HashMap<>(present);
		for (String key : List.of("name", "personId", "dutyBasis")) {
			expected.putIfAbsent(key, null);
		}
		return expected;
	}

}
