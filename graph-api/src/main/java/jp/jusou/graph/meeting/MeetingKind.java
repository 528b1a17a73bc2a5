package jp.jusou.graph.meeting;

import java.util.Set;

import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.Labelled;

/**
 * Kinds of meeting, and what each may do with a household. Five are statutory meetings
 * whose law binds their members to secrecy and so lets them share what each knows of a
 * case without consent (000 Q4: 「既に各法に基づく会議において、参加者の守秘義務が担保され…」): the 支援会議 of 社会福祉法
 * 第106条の6, the 要保護児童対策地域協議会, the 地域ケア会議, the 支援会議 of 生活困窮者自立支援法 and the 自立支援協議会 (障害者総合支援法
 * 第89条の3: 関係機関等の情報共有; 第89条の4: 協議会の事務に従事する者の秘密保持義務, 令和4年改正). Each is convened by the body
 * its law names, which the graph checks as the convening agency's field (the 多機関協働 body
 * for the 支援会議).
 */
public enum MeetingKind implements Labelled {

	SUPPORT_MEETING("社会福祉法 第106条の6", null), MULTI_LAYER_MEETING(null, null),
	COMMUNITY_CARE_MEETING("介護保険法 第115条の48", Field.CARE), CHILD_PROTECTION_COUNCIL("児童福祉法 第25条の2・第25条の5", Field.CHILD),
	POVERTY_SUPPORT_MEETING("生活困窮者自立支援法 第9条", Field.POVERTY),
	DISABILITY_COUNCIL("障害者総合支援法 第89条の3・第89条の4", Field.DISABILITY), SUPPORT_COORDINATION_MEETING(null, null),
	INFORMATION_SHARING_MEETING(null, null);

	/**
	 * The kinds one meeting may be recorded as together: 003 places one 部会 as the 困窮法
	 * 支援会議 and both 重層 meetings (同会議体を支援会議・重層的支援会議に位置付けた); 002 recommends holding the
	 * 重層的支援会議 with 地域ケア会議, 支援調整会議 and 自立支援協議会; 001 holds its 包括化推進会議 as a 地域ケア会議. Each
	 * kind still gives its basis only under its own law's conditions. An 情報共有会議 discusses
	 * no household and is held on its own.
	 */
	static final Set<MeetingKind> COMBINABLE = Set.of(SUPPORT_MEETING, MULTI_LAYER_MEETING, COMMUNITY_CARE_MEETING,
			CHILD_PROTECTION_COUNCIL, POVERTY_SUPPORT_MEETING, DISABILITY_COUNCIL, SUPPORT_COORDINATION_MEETING);

	private final String confidentialityLaw;

	private final Field convenerField;

	MeetingKind(String confidentialityLaw, Field convenerField) {
		this.confidentialityLaw = confidentialityLaw;
		this.convenerField = convenerField;
	}

	/** Convened by the 多機関協働 body, under the 重層 scheme. */
	public boolean convenedByCoordination() {
		return this == SUPPORT_MEETING || this == MULTI_LAYER_MEETING;
	}

	/**
	 * True when a law binds the meeting's members to secrecy, so that it shares without
	 * consent.
	 */
	public boolean confidential() {
		return confidentialityLaw != null;
	}

	/** The law that binds the members to secrecy; null when none does. */
	public String confidentialityLaw() {
		return confidentialityLaw;
	}

	/**
	 * The field of the body that convenes a meeting under another law; null for the 重層
	 * meetings and the rest.
	 */
	public Field convenerField() {
		return convenerField;
	}

}
