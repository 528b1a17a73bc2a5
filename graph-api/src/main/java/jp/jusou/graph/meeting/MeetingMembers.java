package jp.jusou.graph.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.meeting.MeetingInputs.MeetingMemberInput;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;

/**
 * The rules for meeting members who are not agencies. Each is marked whether a statute
 * binds them to secrecy: a 民生委員, 司法書士, 弁護士 or the police by their own law; a 地域住民 only as
 * a member of a meeting whose law binds its members (a 支援会議: 社会福祉法 第106条の6); anyone else
 * as the recorder states it; the 本人 and their family never (they are discussed, not
 * members bound to keep others' secrets). Only bound members receive the meeting's
 * content, and at a meeting that is not confidential (a 重層的支援会議 alone) only when the
 * consents that let it discuss the members name every participant.
 */
final class MeetingMembers {

	static final int MAX_MEMBERS = 30;

	static final String STATED_DUTY = "職務上の守秘義務（記録者の申告）";

	private MeetingMembers() {
	}

	/**
	 * Checks each member and returns them as written.
	 * @param confidentialityLaw the law binding the meeting's members; null when none
	 * does
	 * @param householdMembers the members of the households discussed (the 本人 and family
	 * must be one)
	 * @param contentShared whether the content may go to bound members
	 */
	static List<MeetingMember> check(List<MeetingMemberInput> inputs, String confidentialityLaw,
			Set<String> householdMembers, boolean contentShared) {
		if (inputs == null) {
			return List.of();
		}
		if (inputs.size() > MAX_MEMBERS) {
			throw new InvalidArgumentException("input.members", "at-most-" + MAX_MEMBERS,
					"at most " + MAX_MEMBERS + " members who are not agencies (構成員は" + MAX_MEMBERS + "名まで)");
		}
		List<MeetingMember> members = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			members.add(member(inputs.get(i), "input.members[" + i + "]", confidentialityLaw, householdMembers,
					contentShared));
		}
		return members;
	}

	static List<Map<String, Object>> parameters(List<MeetingMember> members) {
		return members.stream()
			.map(member -> Parameters.of("id", member.id(), "role", member.role().name(), "name", member.name(),
					"personId", member.personId(), "confidentialityDuty", member.confidentialityDuty(), "dutyBasis",
					member.dutyBasis(), "receivesContent", member.receivesContent()))
			.toList();
	}

	private static MeetingMember member(MeetingMemberInput input, String at, String confidentialityLaw,
			Set<String> householdMembers, boolean contentShared) {
		MeetingMemberRole role = Validate.required(at + ".role", input.role());
		Boolean stated = input.confidentialityDuty();
		String id = "meeting-member-" + UUID.randomUUID();
		if (role.ofTheHousehold()) {
			String personId = Validate.id(at + ".personId", input.personId());
			if (!householdMembers.contains(personId)) {
				throw new InvalidArgumentException(at + ".personId", "member-of-discussed-household",
						"the " + role.label() + " must be a member of a household the meeting discussed"
								+ " (検討した世帯の世帯員を指定してください)");
			}
			if (input.name() != null) {
				throw new InvalidArgumentException(at + ".name", "named-by-person",
						"the " + role.label() + " is named by personId, not by a name (本人・家族は世帯員IDで指定します)");
			}
			if (Boolean.TRUE.equals(stated)) {
				throw new InvalidArgumentException(at + ".confidentialityDuty", "not-bound",
						"the person concerned and their family are discussed, not bound to secrecy as members;"
								+ " they receive no meeting content (本人・家族は守秘義務を負う構成員ではありません)");
			}
			return new MeetingMember(id, role, null, personId, false, null, false);
		}
		if (input.personId() != null) {
			throw new InvalidArgumentException(at + ".personId", "household-roles-only",
					"personId names the 本人 (PERSON_CONCERNED) or a family member (FAMILY) only (世帯員IDは本人・家族のみ)");
		}
		String name = Validate.optionalText(at + ".name", input.name(), 100);
		String dutyBasis = dutyBasis(role, stated, confidentialityLaw, at);
		boolean bound = dutyBasis != null;
		return new MeetingMember(id, role, name, null, bound, dutyBasis, bound && contentShared);
	}

	private static String dutyBasis(MeetingMemberRole role, Boolean stated, String confidentialityLaw, String at) {
		if (role.statute() != null) {
			if (Boolean.FALSE.equals(stated)) {
				throw new InvalidArgumentException(at + ".confidentialityDuty", "bound-by-statute",
						"a " + role.label() + " is bound to secrecy by " + role.statute() + " (" + role.label() + "は"
								+ role.statute() + "により守秘義務を負います)");
			}
			return role.statute();
		}
		Boolean duty = Validate.required(at + ".confidentialityDuty", stated);
		if (!duty) {
			return null;
		}
		if (role == MeetingMemberRole.RESIDENT) {
			if (confidentialityLaw == null) {
				throw new InvalidArgumentException(at + ".confidentialityDuty", "bound-by-meeting-law",
						"a 地域住民 is bound to secrecy only as a member of a meeting whose law binds its members (a"
								+ " 支援会議, 社会福祉法 第106条の6); this meeting is not one"
								+ " (地域住民は守秘義務のある法定会議の構成員としてのみ守秘義務を負います)");
			}
			return confidentialityLaw;
		}
		return confidentialityLaw != null ? confidentialityLaw : STATED_DUTY;
	}

}
