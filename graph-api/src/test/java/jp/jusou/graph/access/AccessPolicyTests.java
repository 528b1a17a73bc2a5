package jp.jusou.graph.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.AuditBuffer;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access rules, one by one, as graph-model.md states them. The household has two
 * members, the mother {@code ume} and the son {@code ken}; the reader works at agency
 * {@code me}.
 */
class AccessPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	final AccessPolicy policy = new AccessPolicy(
			Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(), ZoneId.of("Asia/Tokyo")),
			new AccessProperties(Period.ofMonths(12)));

	final AccessSubject reader = reader(PurposeOfUse.CASE_WORK);

	@Test
	void anItemTheReadersAgencyRecordedIsItsOwn() {
		assertThat(policy.item(household(), item(Set.of("me"), "ken", Field.DISABILITY), reader))
			.contains(Basis.ownAgency());
	}

	@Test
	void anotherAgencysItemNeedsAConsentCoveringItsCategory() {
		HouseholdAccess access = household(permit("c1", "ken", Set.of(Field.POVERTY)));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader))
			.contains(Basis.consent("c1"));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.DISABILITY), reader)).isEmpty();
	}

	@Test
	void anItemOfSeveralCategoriesNeedsAConsentCoveringEachAndADenyOfAnyWithholdsIt() {
		RecordedItem careAndDisability = new RecordedItem(Set.of("other"), "ken", Set.of(Field.CARE, Field.DISABILITY),
				TODAY.minusDays(10), false);
		assertThat(policy.item(household(permit("c1", "ken", Set.of(Field.CARE))), careAndDisability, reader))
			.isEmpty();
		assertThat(policy.item(household(permit("c1", "ken", Set.of(Field.CARE, Field.DISABILITY))), careAndDisability,
				reader))
			.contains(Basis.consent("c1"));
		assertThat(policy.item(household(permit("c1", "ken", Set.of(Field.CARE, Field.DISABILITY)),
				deny("d1", "ken", Set.of(Field.DISABILITY))), careAndDisability, reader))
			.isEmpty();
	}

	@Test
	void aConsentFromOneMemberOpensNothingAboutAnother() {
		HouseholdAccess access = household(permit("c1", "ume", Set.of(Field.POVERTY)));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
		assertThat(policy.identity(access, "ken", reader)).isEmpty();
		assertThat(policy.identity(access, "ume", reader)).contains(Basis.consent("c1"));
	}

	@Test
	void aConsentMustCoverThePurposeOfUseAndNameTheReader() {
		HouseholdAccess otherPurpose = household(consent("c1", "ken", "PERMIT", Set.of(Field.POVERTY),
				Set.of("PARTICIPATION_MATCHING"), TODAY.minusDays(1), TODAY.plusDays(1), false, Set.of("me"), false));
		HouseholdAccess otherAgency = household(consent("c1", "ken", "PERMIT", Set.of(Field.POVERTY),
				Set.of("CASE_WORK"), TODAY.minusDays(1), TODAY.plusDays(1), false, Set.of("other"), false));
		assertThat(policy.item(otherPurpose, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
		assertThat(policy.identity(otherAgency, "ken", reader)).isEmpty();
	}

	@Test
	void anExpiredOrNotYetValidConsentIsNoBasis() {
		HouseholdAccess expired = household(consent("c1", "ken", "PERMIT", Set.of(Field.POVERTY), Set.of("CASE_WORK"),
				TODAY.minusDays(400), TODAY.minusDays(1), false, Set.of("me"), false));
		HouseholdAccess future = household(consent("c2", "ken", "PERMIT", Set.of(Field.POVERTY), Set.of("CASE_WORK"),
				TODAY.plusDays(1), TODAY.plusDays(400), false, Set.of("me"), false));
		assertThat(policy.item(expired, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
		assertThat(policy.item(future, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
	}

	@Test
	void aConsentIsInForceOnItsFirstAndLastDay() {
		HouseholdAccess access = household(consent("c1", "ken", "PERMIT", Set.of(Field.POVERTY), Set.of("CASE_WORK"),
				TODAY, TODAY, false, Set.of("me"), false));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader)).isPresent();
	}

	@Test
	void aRevokedConsentIsNoBasis() {
		HouseholdAccess access = household(consent("c1", "ken", "PERMIT", Set.of(Field.POVERTY), Set.of("CASE_WORK"),
				TODAY.minusDays(1), TODAY.plusDays(1), true, Set.of("me"), false));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
	}

	@Test
	void aDenyWithholdsOnlyItsCategoriesAndIdentityNeedsOneCategoryLeft() {
		HouseholdAccess partly = household(permit("c1", "ken", Set.of(Field.POVERTY, Field.HEALTH)),
				deny("d1", "ken", Set.of(Field.HEALTH)));
		assertThat(policy.item(partly, item(Set.of("other"), "ken", Field.POVERTY), reader))
			.contains(Basis.consent("c1"));
		assertThat(policy.item(partly, item(Set.of("other"), "ken", Field.HEALTH), reader)).isEmpty();
		assertThat(policy.identity(partly, "ken", reader)).contains(Basis.consent("c1"));
		HouseholdAccess wholly = household(permit("c1", "ken", Set.of(Field.HEALTH)),
				deny("d1", "ken", Set.of(Field.HEALTH)));
		assertThat(policy.identity(wholly, "ken", reader)).isEmpty();
		assertThat(policy.householdVisible(wholly, reader)).isFalse();
	}

	@Test
	void anItemAboutTheWholeHouseholdNeedsEveryMembersConsent() {
		RecordedItem visit = item(Set.of("other"), null, Field.OTHER);
		HouseholdAccess oneConsented = household(permit("c1", "ume", Set.of(Field.OTHER)));
		HouseholdAccess bothConsented = household(permit("c1", "ume", Set.of(Field.OTHER)),
				permit("c2", "ken", Set.of(Field.OTHER)));
		assertThat(policy.item(oneConsented, visit, reader)).isEmpty();
		assertThat(policy.item(bothConsented, visit, reader)).isPresent();
	}

	@Test
	void aMeetingParticipantsConsentReachesAttendeesOfAMultiLayerMeetingThatDiscussedThatPerson() {
		ConsentGrant toParticipants = consent("c1", "ume", "PERMIT", Set.of(Field.CARE), Set.of("CASE_WORK"),
				TODAY.minusDays(30), TODAY.plusDays(30), false, Set.of("other"), true);
		MeetingFact discussedUme = new MeetingFact("m1", List.of(MeetingFact.MULTI_LAYER_MEETING), false,
				TODAY.minusDays(5), List.of("ume"));
		MeetingFact discussedKen = new MeetingFact("m2", List.of(MeetingFact.MULTI_LAYER_MEETING), false,
				TODAY.minusDays(5), List.of("ken"));
		assertThat(policy.identity(access(Set.of(), false, List.of(discussedUme), toParticipants), "ume", reader))
			.contains(Basis.consent("c1"));
		assertThat(policy.identity(access(Set.of(), false, List.of(discussedKen), toParticipants), "ume", reader))
			.isEmpty();
		assertThat(policy.identity(access(Set.of(), false, List.of(), toParticipants), "ume", reader)).isEmpty();
	}

	@Test
	void aSupportMeetingSharesWhatExistedOnItsDateForSupportPurposesWithinItsPeriod() {
		MeetingFact meeting = supportMeeting("mtg-1", TODAY.minusDays(30));
		HouseholdAccess access = access(Set.of(), false, List.of(meeting));
		RecordedItem before = new RecordedItem(Set.of("other"), "ken", Set.of(Field.DISABILITY), TODAY.minusDays(31),
				false);
		RecordedItem sameDay = new RecordedItem(Set.of("other"), "ken", Set.of(Field.DISABILITY), TODAY.minusDays(30),
				false);
		RecordedItem after = new RecordedItem(Set.of("other"), "ken", Set.of(Field.DISABILITY), TODAY.minusDays(29),
				false);
		assertThat(policy.item(access, before, reader)).contains(Basis.supportMeeting("mtg-1"));
		assertThat(policy.item(access, sameDay, reader)).contains(Basis.supportMeeting("mtg-1"));
		assertThat(policy.item(access, after, reader)).isEmpty();
		assertThat(policy.identity(access, "ken", reader)).contains(Basis.supportMeeting("mtg-1"));
		for (PurposeOfUse purpose : List.of(PurposeOfUse.PLAN_DELIBERATION, PurposeOfUse.OUTREACH)) {
			assertThat(policy.identity(access, "ken", reader(purpose))).isPresent();
		}
		assertThat(policy.identity(access, "ken", reader(PurposeOfUse.PARTICIPATION_MATCHING))).isEmpty();
		assertThat(policy.item(access, before, reader(PurposeOfUse.PARTICIPATION_MATCHING))).isEmpty();
	}

	@Test
	void aSupportMeetingStopsSharingAfterItsPeriodAndTheNextMeetingSharesAgain() {
		HouseholdAccess lastYear = access(Set.of(), false, List.of(supportMeeting("old", TODAY.minusMonths(12))));
		HouseholdAccess longAgo = access(Set.of(), false,
				List.of(supportMeeting("old", TODAY.minusMonths(12).minusDays(1))));
		assertThat(policy.identity(lastYear, "ken", reader)).contains(Basis.supportMeeting("old"));
		assertThat(policy.identity(longAgo, "ken", reader)).isEmpty();
		HouseholdAccess again = access(Set.of(), false,
				List.of(supportMeeting("old", TODAY.minusMonths(13)), supportMeeting("new", TODAY.minusDays(1))));
		RecordedItem recent = new RecordedItem(Set.of("other"), "ken", Set.of(Field.CARE), TODAY.minusDays(2), false);
		assertThat(policy.item(again, recent, reader)).contains(Basis.supportMeeting("new"));
	}

	@Test
	void supportMeetingContentReachesItsMembersOnlyNeverThroughConsent() {
		RecordedItem attendance = new RecordedItem(Set.of("chair", "other"), null, Set.of(Field.CHILD),
				TODAY.minusDays(5), true);
		HouseholdAccess everyoneConsented = household(permit("c1", "ume", Set.of(Field.CHILD)),
				permit("c2", "ken", Set.of(Field.CHILD)));
		assertThat(policy.item(everyoneConsented, attendance, reader)).isEmpty();
		RecordedItem attendedByReader = new RecordedItem(Set.of("chair", "me"), null, Set.of(Field.CHILD),
				TODAY.minusDays(5), true);
		assertThat(policy.item(household(), attendedByReader, reader)).contains(Basis.ownAgency());
	}

	@Test
	void withoutAnyBasisNothingIsShownAndTheHouseholdIsNotVisible() {
		assertThat(policy.item(household(), item(Set.of("other"), "ken", Field.CARE), reader)).isEmpty();
		assertThat(policy.identity(household(), "ken", reader)).isEmpty();
		assertThat(policy.householdVisible(household(), reader)).isFalse();
		assertThat(policy.locationVisible(household(), reader)).isFalse();
	}

	@Test
	void identityIsOwnOnlyThroughTheAgencysCaseAboutThatMemberAndAnAssignmentShowsTheHomeForOutreachOnly() {
		HouseholdAccess ownCase = access(Set.of("ken"), false, List.of());
		HouseholdAccess assigned = access(Set.of(), true, List.of());
		AccessSubject outreach = new AccessSubject("st", "st", Set.of(Role.CSW), PurposeOfUse.OUTREACH,
				new AuditBuffer());
		assertThat(policy.identity(ownCase, "ken", reader)).contains(Basis.ownAgency());
		assertThat(policy.identity(ownCase, "ume", reader)).isEmpty();
		assertThat(policy.identity(assigned, "ume", outreach)).isEmpty();
		assertThat(policy.householdVisible(assigned, outreach)).isFalse();
		assertThat(policy.location(assigned, outreach)).contains(Basis.outreachAssignment("oa"));
		assertThat(policy.locationVisible(assigned, reader)).as("for OUTREACH only").isFalse();
		assertThat(policy.locationVisible(access(Set.of(), false, List.of()), outreach))
			.as("an agency's own visit opens nothing")
			.isFalse();
		assertThat(policy.item(assigned, item(Set.of("me"), null, Field.OTHER), reader)).contains(Basis.ownAgency());
	}

	@Test
	void aReaderWithoutAnAgencySeesNothing() {
		HouseholdAccess noAgency = new HouseholdAccess(null, false, List.of("ume"), Map.of(), Set.of("ume"), List.of(),
				List.of(supportMeeting("m", TODAY)), List.of());
		assertThat(policy.identity(noAgency, "ume", reader)).isEmpty();
		assertThat(policy.item(noAgency, item(Set.of("other"), "ume", Field.CARE), reader)).isEmpty();
		assertThat(policy.locationVisible(noAgency, reader)).isFalse();
	}

	@Test
	void aMultiLayerMeetingMayDiscussWhoConsentedToEveryParticipantAndADenyOfOneCategoryDoesNotBlockIt() {
		Set<String> participants = Set.of("chair", "care", "child");
		ConsentGrant named = consent("c1", "ume", "PERMIT", Set.of(Field.CARE, Field.CHILD),
				Set.of("PLAN_DELIBERATION"), TODAY.minusDays(10), TODAY.plusDays(10), false, participants, false);
		ConsentGrant denyHealth = consent("d1", "ume", "DENY", Set.of(Field.HEALTH), Set.of("PLAN_DELIBERATION"),
				TODAY.minusDays(10), TODAY.plusDays(10), false, participants, false);
		ConsentGrant denyAll = consent("d2", "ume", "DENY", Set.of(Field.CARE, Field.CHILD),
				Set.of("PLAN_DELIBERATION"), TODAY.minusDays(10), TODAY.plusDays(10), false, Set.of("care"), false);
		ConsentGrant notEveryone = consent("c2", "ken", "PERMIT", Set.of(Field.POVERTY), Set.of("PLAN_DELIBERATION"),
				TODAY.minusDays(10), TODAY.plusDays(10), false, Set.of("chair"), false);
		assertThat(policy.meetingConsent(List.of(named, denyHealth), "ume", participants, TODAY)).contains(named);
		assertThat(policy.meetingConsent(List.of(named, denyAll), "ume", participants, TODAY)).isEmpty();
		assertThat(policy.meetingConsent(List.of(named, notEveryone), "ken", participants, TODAY)).isEmpty();
		assertThat(policy.meetingConsent(List.of(named), "ume", participants, TODAY.plusDays(11))).isEmpty();
	}

	private static AccessSubject reader(PurposeOfUse purpose) {
		return new AccessSubject("reader", "st-me", Set.of(Role.AGENCY_STAFF), purpose, new AuditBuffer());
	}

	private static RecordedItem item(Set<String> recordedBy, String memberId, Field category) {
		return new RecordedItem(recordedBy, memberId, Set.of(category), TODAY.minusDays(1), false);
	}

	private static MeetingFact supportMeeting(String id, LocalDate date) {
		return new MeetingFact(id, List.of(MeetingFact.SUPPORT_MEETING), true, date, null);
	}

	private static ConsentGrant consent(String id, String subjectId, String decision, Set<Field> categories,
			Set<String> purposes, LocalDate from, LocalDate to, boolean revoked, Set<String> grantees,
			boolean meetingParticipants) {
		return new ConsentGrant(id, subjectId, decision, categories, purposes, from, to, revoked, grantees,
				meetingParticipants);
	}

	private static ConsentGrant permit(String id, String subjectId, Set<Field> categories) {
		return consent(id, subjectId, "PERMIT", categories, Set.of("CASE_WORK"), TODAY.minusDays(30),
				TODAY.plusDays(30), false, Set.of("me"), false);
	}

	private static ConsentGrant deny(String id, String subjectId, Set<Field> categories) {
		return consent(id, subjectId, "DENY", categories, Set.of("CASE_WORK"), TODAY.minusDays(30), TODAY.plusDays(30),
				false, Set.of("me"), false);
	}

	private static HouseholdAccess household(ConsentGrant... consents) {
		return access(Set.of(), false, List.of(), consents);
	}

	private static HouseholdAccess access(Set<String> ownCases, boolean assigned, List<MeetingFact> meetings,
			ConsentGrant... consents) {
		List<OutreachAssignmentFact> assignments = assigned
				? List.of(new OutreachAssignmentFact("oa", TODAY.minusDays(1), TODAY.plusDays(89), false)) : List.of();
		return new HouseholdAccess("me", false, List.of("ken", "ume"), Map.of(), ownCases, assignments, meetings,
				List.of(consents));
	}

}
