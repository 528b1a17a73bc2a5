package jp.jusou.graph.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import jp.jusou.graph.support.Field;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether person-level data reaches a user, and on which basis. Rules, in
 * the order they are tried (graph-model.md states them for people):
 * <ol>
 * <li>OWN_AGENCY: the user's agency recorded the item (its case, its visit, a plan it coordinates or
 * has a role in, a meeting it attended). A member's identity is the agency's own when it holds a case
 * about that member or works with the household as a whole.</li>
 * <li>CONSENT: a permit consent from the member the item concerns names the user's agency (directly, or
 * as a participant of a 重層的支援会議 on the household), covers the item's category and the request's
 * purpose, is in its period and not revoked, and no deny from that member in force for the same
 * category and purpose names the agency (a deny inside a permit wins). An item about the whole
 * household needs such a consent from every member.</li>
 * <li>SUPPORT_MEETING: the user's agency attended a 支援会議 (社会福祉法 第106条の6) that discussed the
 * household; members see what was shared for it, without consent.</li>
 * <li>Otherwise the item is withheld and counted.</li>
 * </ol>
 * Content of a 支援会議 (who attended it) reaches its members only, never through consent.
 */
@Component
public class AccessPolicy {

	private final Clock clock;

	AccessPolicy(Clock clock) {
		this.clock = clock;
	}

	/** Basis for showing who a member is (name, age band, relation), if any. */
	public Optional<Basis> identity(HouseholdAccess access, String personId, AccessSubject subject) {
		if (access.agencyId() == null) {
			return Optional.empty();
		}
		if (access.ownHouseholdInvolvement() || access.ownCasePersonIds().contains(personId)) {
			return Optional.of(Basis.ownAgency());
		}
		LocalDate today = LocalDate.now(clock);
		Optional<Basis> consent = access.consents()
			.stream()
			.filter(grant -> grant.subjectId().equals(personId) && grant.permits(today, subject.purposeCode())
					&& grant.categories().stream().anyMatch(category -> !denied(access, personId, category, subject, today)))
			.min(Comparator.comparing(ConsentGrant::id))
			.map(grant -> Basis.consent(grant.id()));
		if (consent.isPresent()) {
			return consent;
		}
		return supportMeeting(access);
	}

	/** True when the user has a basis for at least one member of the household. */
	public boolean householdVisible(HouseholdAccess access, AccessSubject subject) {
		return access.memberIds().stream().anyMatch(personId -> identity(access, personId, subject).isPresent());
	}

	/** Basis for showing one recorded item about the household, if any. */
	public Optional<Basis> item(HouseholdAccess access, RecordedItem item, AccessSubject subject) {
		if (access.agencyId() == null) {
			return Optional.empty();
		}
		if (item.recordedBy().contains(access.agencyId())) {
			return Optional.of(Basis.ownAgency());
		}
		if (item.supportMeetingContent()) {
			return Optional.empty();
		}
		Optional<Basis> consent = item.memberId() != null ? consentOf(access, item.memberId(), item, subject)
				: consentOfEveryMember(access, item, subject);
		if (consent.isPresent()) {
			return consent;
		}
		return supportMeeting(access);
	}

	private Optional<Basis> consentOfEveryMember(HouseholdAccess access, RecordedItem item, AccessSubject subject) {
		if (access.memberIds().isEmpty()) {
			return Optional.empty();
		}
		Optional<Basis> first = Optional.empty();
		for (String memberId : access.memberIds()) {
			Optional<Basis> consent = consentOf(access, memberId, item, subject);
			if (consent.isEmpty()) {
				return Optional.empty();
			}
			if (first.isEmpty()) {
				first = consent;
			}
		}
		return first;
	}

	private Optional<Basis> consentOf(HouseholdAccess access, String personId, RecordedItem item,
			AccessSubject subject) {
		LocalDate today = LocalDate.now(clock);
		if (denied(access, personId, item.category(), subject, today)) {
			return Optional.empty();
		}
		return access.consents()
			.stream()
			.filter(grant -> grant.subjectId().equals(personId)
					&& grant.permits(today, subject.purposeCode(), item.category()))
			.min(Comparator.comparing(ConsentGrant::id))
			.map(grant -> Basis.consent(grant.id()));
	}

	private static boolean denied(HouseholdAccess access, String personId, Field category, AccessSubject subject,
			LocalDate today) {
		return access.consents()
			.stream()
			.anyMatch(grant -> grant.subjectId().equals(personId)
					&& grant.denies(today, subject.purposeCode(), category));
	}

	private static Optional<Basis> supportMeeting(HouseholdAccess access) {
		return access.supportMeetingIds().stream().findFirst().map(Basis::supportMeeting);
	}
}
