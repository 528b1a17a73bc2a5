package jp.jusou.graph.timeline;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.support.Field;

/**
 * One entry of a household's 支援経過記録, shown on {@code basis}.
 *
 * @param kind what it records
 * @param reference the id of the consultation, referral, visit, signal, meeting, plan
 * (with {@code @meeting} for a change a meeting decided), consent, match or follow-up
 * @param date when it happened
 * @param agency the agency that acted (a meeting: its convener; a referral: the sending
 * agency)
 * @param toAgency a referral's receiving agency
 * @param memberId the member it concerns; null for the whole household
 * @param categories its data categories
 * @param status the code of what happened (channel, direction, outcome, source, decision,
 * plan state, consent decision or REVOKED, MATCHED or a follow-up's outcome)
 * @param codes further codes: a consultation's topics, a meeting's kind, a consent's
 * purposes, an activity's name
 * @param detail free text: a summary, a reason, a note, an evaluation
 * @param parent the case, plan or match it belongs to
 * @param summary one line in Japanese
 * @param recordedAt when it was recorded (not in the schema): orders the entries of one
 * day
 */
public record TimelineEntry(TimelineKind kind, String reference, LocalDate date, Agency agency, Agency toAgency,
		String memberId, List<Field> categories, String status, List<String> codes, String detail, String parent,
		String summary, Basis basis, String recordedAt) {

	public String kindLabel() {
		return kind.label();
	}

	/**
	 * Sorts chronologically (by date, then by when recorded), then by kind and reference;
	 * also the cursor's key.
	 */
	String key() {
		return date + "|" + (recordedAt == null ? "0" : recordedAt) + "|" + kind.ordinal() + "|" + reference;
	}
}
