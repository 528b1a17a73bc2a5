package jp.jusou.graph.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.Validate;

/**
 * What each kind of meeting may do under its own law (graph-model.md, access rule 3):
 * which kinds one meeting may carry, which agencies hold each kind under another law, and
 * how a household stands at the meeting — whether it is shared without consent, and why a
 * 支援会議 takes it up.
 */
final class MeetingLaw {

	private MeetingLaw() {
	}

	/**
	 * The kinds the meeting is held as: its kind and those it is also held as
	 * ({@link MeetingKind#COMBINABLE}).
	 */
	static List<MeetingKind> kinds(MeetingKind kind, List<MeetingKind> alsoHeldAs) {
		List<MeetingKind> kinds = new ArrayList<>(List.of(kind));
		if (alsoHeldAs != null) {
			for (int i = 0; i < alsoHeldAs.size(); i++) {
				MeetingKind also = Validate.required("input.alsoHeldAs[" + i + "]", alsoHeldAs.get(i));
				if (!MeetingKind.COMBINABLE.contains(kind) || !MeetingKind.COMBINABLE.contains(also)) {
					throw new InvalidArgumentException("input.alsoHeldAs[" + i + "]", "combinable-kinds",
							"an 情報共有会議 (INFORMATION_SHARING_MEETING) discusses no household and is held on its own;"
									+ " the other kinds may be held as one meeting (情報共有会議は他の会議と一体で記録できません)");
				}
				if (!kinds.contains(also)) {
					kinds.add(also);
				}
			}
		}
		return List.copyOf(kinds);
	}

	/**
	 * The bodies that hold each kind under another law: the convener when it is of that
	 * law's field, and — at a meeting held as several kinds, where each law's body takes
	 * part as a co-convener — an attending agency of that field. A kind with no such body
	 * cannot be claimed: NO_BASIS naming {@code input.kind} (or the {@code alsoHeldAs}
	 * entry).
	 */
	static Map<MeetingKind, Set<String>> conveningBodies(List<MeetingKind> kinds, String convenerId,
			String convenerField, Map<String, String> attendingFields) {
		Map<MeetingKind, Set<String>> bodies = new HashMap<>();
		for (int i = 0; i < kinds.size(); i++) {
			MeetingKind kind = kinds.get(i);
			if (kind.convenerField() == null) {
				continue;
			}
			String field = kind.convenerField().name();
			Set<String> holding = new TreeSet<>();
			if (field.equals(convenerField)) {
				holding.add(convenerId);
			}
			if (kinds.size() > 1) {
				attendingFields.forEach((agencyId, attendingField) -> {
					if (field.equals(attendingField)) {
						holding.add(agencyId);
					}
				});
			}
			if (holding.isEmpty()) {
				throw new NoBasisException(i == 0 ? "input.kind" : "input.alsoHeldAs[" + (i - 1) + "]",
						"a " + kind.label() + " (" + kind.confidentialityLaw()
								+ ") is convened by its law's body, an agency of the field " + kind.convenerField()
								+ (kinds.size() > 1 ? ", as convener or as an attending co-convener" : "")
								+ "; your agency's field is " + convenerField + " (" + kind.label() + "を主催できるのは"
								+ kind.convenerField().label() + "分野の機関です)");
			}
			bodies.put(kind, holding);
		}
		return bodies;
	}

	/**
	 * How one household stands at the meeting. Each kind takes it up under its own law's
	 * conditions: a meeting under another law discusses the cases its body brings (its
	 * body holds a case about a member); a 支援会議 a household an attendee brings (section
	 * {@code brought-by} of fragments/access.cypher) or one taken up for a stated reason
	 * ({@code broughtFor}, kept only then, and listed for the privacy officer); a 重層的支援会議
	 * the members who consented (decided by the caller). The household is shared without
	 * consent when a confidential kind holds.
	 */
	static Standing standing(List<MeetingKind> kinds, Map<MeetingKind, Set<String>> bodies, Set<String> caseHolders,
			Set<String> broughtBy, Set<String> participants, String statedReason, String at) {
		boolean confidential = false;
		MeetingKind failed = null;
		for (MeetingKind kind : kinds) {
			if (kind.convenerField() == null) {
				continue;
			}
			if (bodies.get(kind).stream().anyMatch(caseHolders::contains)) {
				confidential = true;
			}
			else if (failed == null) {
				failed = kind;
			}
		}
		String broughtFor = null;
		if (kinds.contains(MeetingKind.SUPPORT_MEETING)) {
			boolean brought = broughtBy.stream().anyMatch(participants::contains);
			String reason = Validate.optionalText(at + ".broughtFor", statedReason, 500);
			if (!brought && reason == null) {
				throw new InvalidArgumentException(at + ".broughtFor", "brought-by-attendee",
						"a 支援会議 discusses a household an attending agency brings (it holds a case, a consent, a signal"
								+ " or an outreach assignment on it); for any other, state why it is taken up (e.g. a"
								+ " 民生委員's concern) — such households are listed for the privacy officer"
								+ " (出席機関が関わりを持たない世帯は、取り上げる理由を記入してください)");
			}
			broughtFor = brought ? null : reason;
			confidential = true;
		}
		boolean multiLayer = kinds.contains(MeetingKind.MULTI_LAYER_MEETING);
		if (failed != null && !confidential && (kinds.size() == 1 || !multiLayer)) {
			throw new NoBasisException(at + ".householdId",
					"a " + failed.label() + " discusses the cases its"
							+ " convening body brings; its body holds no case about a member of this household"
							+ " (主催機関が相談を受けている世帯のみ検討できます)");
		}
		return new Standing(confidential, broughtFor);
	}

	/**
	 * Whether a confidential kind holds for the household, and the reason it was taken up
	 * when no attendee brought it.
	 */
	record Standing(boolean confidential, String broughtFor) {
	}

}
