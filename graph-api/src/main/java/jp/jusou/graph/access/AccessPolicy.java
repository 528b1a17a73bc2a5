package jp.jusou.graph.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.Field;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether person-level data reaches a user, and on which
 * basis. It decides on the facts that the {@code facts} section of
 * {@code fragments/access.cypher} reads ({@link HouseholdAccess}) and nothing else. The
 * rules, in the order they are tried (graph-model.md states them with the seed passages
 * behind them):
 * <ol>
 * <li>OWN_AGENCY: the user's agency recorded the item (its case, its visit, a plan it
 * coordinates or has a role in, a meeting it attended). A member's identity is the
 * agency's own only through its case about that member; its own visit or signal opens
 * neither the home nor who lives there — an outreach assignment opens the home, for
 * OUTREACH only.</li>
 * <li>CONSENT: a permit in force today for the declared purpose, from the member the item
 * concerns (an item about the whole household: from every member), that names the user's
 * agency — directly, or as a participant of a 重層的支援会議 that discussed that member — and
 * covers the item's categories; a deny in force from that member naming the agency the
 * same way withholds its own categories only.</li>
 * <li>SUPPORT_MEETING: the user's agency attended a 支援会議 (社会福祉法 第106条の6) — or a meeting
 * under another law that binds its members to secrecy, convened by that law's body
 * (要保護児童対策地域協議会, 地域ケア会議, 生活困窮者自立支援法の支援会議) — that discussed the household, at most
 * {@link AccessProperties#supportMeetingPeriod()} ago, and the purpose is support
 * (CASE_WORK, PLAN_DELIBERATION, OUTREACH): the household's items that existed on the
 * meeting's date — each item inside a record judged on its own date — and who its members
 * were then.</li>
 * <li>Otherwise the item is withheld and counted.</li>
 * </ol>
 * Content of a 支援会議 (who attended it) reaches its members only, never through consent.
 */
@Component
public class AccessPolicy {

	/** Purposes a 支援会議 shares for: its 検討 is about supporting the household. */
	static final Set<PurposeOfUse> SUPPORT_MEETING_PURPOSES = Set.of(PurposeOfUse.CASE_WORK,
			PurposeOfUse.PLAN_DELIBERATION, PurposeOfUse.OUTREACH);

	private final Clock clock;

	private final AccessProperties properties;

	public AccessPolicy(Clock clock, AccessProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	/** Basis for showing who a member is (name, age band, relation), if any. */
	public Optional<Basis> identity(HouseholdAccess access, String personId, AccessSubject subject) {
		if (access.agencyId() == null || !access.memberIds().contains(personId)) {
			return Optional.empty();
		}
		if (access.holdsCaseAbout(personId)) {
			return Optional.of(Basis.ownAgency());
		}
		LocalDate today = LocalDate.now(clock);
		String purpose = subject.purposeCode();
		Optional<Basis> consent = access.consents()
			.stream()
			.filter(grant -> grant.isPermit() && grant.subjectId().equals(personId) && grant.inForce(today, purpose)
					&& reaches(grant, access, personId))
			.filter(grant -> grant.categories()
				.stream()
				.anyMatch(category -> !denied(access, personId, Set.of(category), purpose, today)))
			.min(Comparator.comparing(ConsentGrant::id))
			.map(grant -> Basis.consent(grant.id()));
		if (consent.isPresent()) {
			return consent;
		}
		// who is a member is itself dated: a 支援会議 names those in the household on its
		// date
		return supportMeeting(access, subject, today, access.joined(personId));
	}

	/** True when the user has a basis for at least one member's identity. */
	public boolean householdVisible(HouseholdAccess access, AccessSubject subject) {
		return access.memberIds().stream().anyMatch(personId -> identity(access, personId, subject).isPresent());
	}

	/**
	 * The home's location shows to a user who may know a member, or whose agency was
	 * assigned to reach it, for outreach.
	 */
	public boolean locationVisible(HouseholdAccess access, AccessSubject subject) {
		return location(access, subject).isPresent();
	}

	/**
	 * Basis for showing the home's location and address: the first member's identity
	 * basis, else an outreach assignment of the reader's agency in force today, when the
	 * purpose is OUTREACH. Recording a visit or a signal opens nothing: writing is never
	 * a way to give yourself access.
	 */
	public Optional<Basis> location(HouseholdAccess access, AccessSubject subject) {
		if (access.agencyId() == null) {
			return Optional.empty();
		}
		Optional<Basis> member = access.memberIds()
			.stream()
			.sorted()
			.map(personId -> identity(access, personId, subject))
			.flatMap(Optional::stream)
			.findFirst();
		if (member.isPresent() || subject.purpose() != PurposeOfUse.OUTREACH) {
			return member;
		}
		LocalDate today = LocalDate.now(clock);
		return access.outreachAssignments()
			.stream()
			.filter(assignment -> assignment.inForce(today))
			.map(assignment -> Basis.outreachAssignment(assignment.id()))
			.findFirst();
	}

	/**
	 * What a reader learns of the items withheld from it: the count always; their
	 * categories (障害, 子ども…, 要配慮個人情報 by inference) only when the reader is the 多機関協働 body
	 * — which may convene a 支援会議 on the household and must know what it would bring
	 * together — or has a basis for a member of the household.
	 */
	public Withheld answer(Withheld withheld, HouseholdAccess access, AccessSubject subject) {
		if (withheld == null || withheld.categories().isEmpty() || access.coordinationBody()
				|| householdVisible(access, subject)) {
			return withheld;
		}
		return withheld.withoutCategories();
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
		LocalDate today = LocalDate.now(clock);
		Optional<Basis> consent = item.memberId() != null
				? consentCovering(access, item.memberId(), item.categories(), subject.purposeCode(), today)
				: consentOfEveryMember(access, item.categories(), subject.purposeCode(), today);
		if (consent.isPresent()) {
			return consent;
		}
		return supportMeeting(access, subject, today, item.date());
	}

	/**
	 * The consent that lets a 重層的支援会議 held on {@code day} with these participating
	 * agencies discuss the person: a permit in force that day for PLAN_DELIBERATION that
	 * names every participant (or all participants of such meetings) and has a category
	 * no deny in force that day withholds. Empty when the person has not consented: the
	 * meeting may not discuss them.
	 */
	public Optional<ConsentGrant> meetingConsent(Collection<ConsentGrant> consents, String personId,
			Collection<String> participants, LocalDate day) {
		String purpose = PurposeOfUse.PLAN_DELIBERATION.name();
		return consents.stream()
			.filter(grant -> grant.isPermit() && grant.subjectId().equals(personId) && grant.inForce(day, purpose)
					&& (grant.meetingParticipants() || grant.grantees().containsAll(participants)))
			.filter(grant -> grant.categories()
				.stream()
				.anyMatch(category -> consents.stream()
					.noneMatch(deny -> deny.isDeny() && deny.subjectId().equals(personId) && deny.inForce(day, purpose)
							&& deny.categories().contains(category)
							&& (deny.meetingParticipants()
									|| deny.grantees().stream().anyMatch(participants::contains)))))
			.min(Comparator.comparing(ConsentGrant::id));
	}

	private Optional<Basis> consentOfEveryMember(HouseholdAccess access, Set<Field> categories, String purpose,
			LocalDate today) {
		if (access.memberIds().isEmpty()) {
			return Optional.empty();
		}
		Optional<Basis> first = Optional.empty();
		for (String memberId : access.memberIds()) {
			Optional<Basis> consent = consentCovering(access, memberId, categories, purpose, today);
			if (consent.isEmpty()) {
				return Optional.empty();
			}
			if (first.isEmpty()) {
				first = consent;
			}
		}
		return first;
	}

	/**
	 * A permit from the person reaching the reader that covers every category, none of
	 * them denied.
	 */
	private static Optional<Basis> consentCovering(HouseholdAccess access, String personId, Set<Field> categories,
			String purpose, LocalDate today) {
		if (categories.isEmpty() || denied(access, personId, categories, purpose, today)) {
			return Optional.empty();
		}
		return access.consents()
			.stream()
			.filter(grant -> grant.isPermit() && grant.subjectId().equals(personId) && grant.inForce(today, purpose)
					&& reaches(grant, access, personId) && grant.categories().containsAll(categories))
			.min(Comparator.comparing(ConsentGrant::id))
			.map(grant -> Basis.consent(grant.id()));
	}

	/**
	 * A deny in force from the person, reaching the reader, for any of these categories.
	 */
	private static boolean denied(HouseholdAccess access, String personId, Set<Field> categories, String purpose,
			LocalDate today) {
		return access.consents()
			.stream()
			.anyMatch(grant -> grant.isDeny() && grant.subjectId().equals(personId) && grant.inForce(today, purpose)
					&& reaches(grant, access, personId) && grant.categories().stream().anyMatch(categories::contains));
	}

	/**
	 * The consent names the reader's agency, or every participant of a 重層的支援会議 that
	 * discussed the person.
	 */
	private static boolean reaches(ConsentGrant grant, HouseholdAccess access, String personId) {
		return grant.grantees().contains(access.agencyId()) || (grant.meetingParticipants()
				&& access.meetings().stream().anyMatch(meeting -> meeting.discussedAtMultiLayerMeeting(personId)));
	}

	/**
	 * The latest 支援会議 the reader attended on the household that still shares: held at
	 * most the configured period ago, for a support purpose, and (for an item) on or
	 * after the day the item came to exist.
	 */
	private Optional<Basis> supportMeeting(HouseholdAccess access, AccessSubject subject, LocalDate today,
			LocalDate itemDate) {
		if (subject.purpose() == null || !SUPPORT_MEETING_PURPOSES.contains(subject.purpose())) {
			return Optional.empty();
		}
		List<MeetingFact> sharing = access.meetings()
			.stream()
			.filter(MeetingFact::confidential)
			.filter(meeting -> !meeting.date().isAfter(today)
					&& !today.isAfter(meeting.date().plus(properties.supportMeetingPeriod())))
			.filter(meeting -> itemDate == null || !itemDate.isAfter(meeting.date()))
			.toList();
		return sharing.stream()
			.max(Comparator.comparing(MeetingFact::date).thenComparing(MeetingFact::id))
			.map(meeting -> Basis.supportMeeting(meeting.id()));
	}

}
