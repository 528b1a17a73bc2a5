package jp.jusou.graph.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jp.jusou.graph.support.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access rules, one by one, as graph-model.md states them. The household has two members, the
 * mother {@code ume} and the son {@code ken}; the reader works at agency {@code me}.
 */
class AccessPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	final AccessPolicy policy = new AccessPolicy(
			Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(), ZoneId.of("Asia/Tokyo")));

	final AccessSubject reader = new AccessSubject("reader", "st-me", Set.of(Role.AGENCY_STAFF),
			PurposeOfUse.CASE_WORK, new AuditBuffer());

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
	void aConsentFromOneMemberOpensNothingAboutAnother() {
		HouseholdAccess access = household(permit("c1", "ume", Set.of(Field.POVERTY)));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
	}

	@Test
	void aConsentMustCoverThePurposeOfUse() {
		HouseholdAccess access = household(new ConsentGrant("c1", "ken", "PERMIT", Set.of(Field.POVERTY),
				Set.of("PARTICIPATION_MATCHING"), TODAY.minusDays(1), TODAY.plusDays(1), false));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
	}

	@Test
	void anExpiredOrNotYetValidConsentIsNoBasis() {
		HouseholdAccess expired = household(new ConsentGrant("c1", "ken", "PERMIT", Set.of(Field.POVERTY),
				Set.of("CASE_WORK"), TODAY.minusDays(400), TODAY.minusDays(1), false));
		HouseholdAccess future = household(new ConsentGrant("c2", "ken", "PERMIT", Set.of(Field.POVERTY),
				Set.of("CASE_WORK"), TODAY.plusDays(1), TODAY.plusDays(400), false));
		assertThat(policy.item(expired, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
		assertThat(policy.item(future, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
	}

	@Test
	void aConsentIsInForceOnItsFirstAndLastDay() {
		HouseholdAccess access = household(new ConsentGrant("c1", "ken", "PERMIT", Set.of(Field.POVERTY),
				Set.of("CASE_WORK"), TODAY, TODAY, false));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader)).isPresent();
	}

	@Test
	void aRevokedConsentIsNoBasis() {
		HouseholdAccess access = household(new ConsentGrant("c1", "ken", "PERMIT", Set.of(Field.POVERTY),
				Set.of("CASE_WORK"), TODAY.minusDays(1), TODAY.plusDays(1), true));
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.POVERTY), reader)).isEmpty();
	}

	@Test
	void anItemAboutTheWholeHouseholdNeedsEveryMembersConsent() {
		RecordedItem visit = item(Set.of("other"), null, Field.OTHER);
		HouseholdAccess oneConsented = household(permit("c1", "ume", Set.of(Field.OTHER)));
		HouseholdAccess bothConsented = household(permit("c1", "ume", Set.of(Field.OTHER)),
				permit("c2", "ken", Set.of(Field.OTHER)));
		assertThat(policy.item(oneConsented, visit, reader)).isEmpty();
		assertThat(policy.item(bothConsented, visit, reader)).contains(Basis.consent("c1"));
	}

	@Test
	void aSupportMeetingMemberSeesWhatWasSharedWithoutConsent() {
		HouseholdAccess access = new HouseholdAccess("me", List.of("ume", "ken"), Set.of(), false, List.of("mtg-1"),
				List.of());
		assertThat(policy.item(access, item(Set.of("other"), "ken", Field.DISABILITY), reader))
			.contains(Basis.supportMeeting("mtg-1"));
		assertThat(policy.identity(access, "ken", reader)).contains(Basis.supportMeeting("mtg-1"));
	}

	@Test
	void supportMeetingContentReachesItsMembersOnlyNeverThroughConsent() {
		RecordedItem attendance = new RecordedItem(Set.of("chair", "other"), null, Field.CHILD, true);
		HouseholdAccess everyoneConsented = household(permit("c1", "ume", Set.of(Field.CHILD)),
				permit("c2", "ken", Set.of(Field.CHILD)));
		assertThat(policy.item(everyoneConsented, attendance, reader)).isEmpty();
		RecordedItem attendedByReader = new RecordedItem(Set.of("chair", "me"), null, Field.CHILD, true);
		assertThat(policy.item(household(), attendedByReader, reader)).contains(Basis.ownAgency());
	}

	@Test
	void withoutAnyBasisNothingIsShownAndTheHouseholdIsNotVisible() {
		assertThat(policy.item(household(), item(Set.of("other"), "ken", Field.CARE), reader)).isEmpty();
		assertThat(policy.identity(household(), "ken", reader)).isEmpty();
		assertThat(policy.householdVisible(household(), reader)).isFalse();
	}

	@Test
	void aMembersIdentityIsOwnWhenTheAgencyHoldsTheirCaseOrWorksWithTheHousehold() {
		HouseholdAccess ownCase = new HouseholdAccess("me", List.of("ume", "ken"), Set.of("ken"), false, List.of(),
				List.of());
		HouseholdAccess visited = new HouseholdAccess("me", List.of("ume", "ken"), Set.of(), true, List.of(),
				List.of());
		assertThat(policy.identity(ownCase, "ken", reader)).contains(Basis.ownAgency());
		assertThat(policy.identity(ownCase, "ume", reader)).isEmpty();
		assertThat(policy.identity(visited, "ume", reader)).contains(Basis.ownAgency());
	}

	@Test
	void aReaderWithoutAnAgencySeesNothing() {
		HouseholdAccess noAgency = new HouseholdAccess(null, List.of("ume"), Set.of("ume"), true, List.of("mtg-1"),
				List.of());
		assertThat(policy.identity(noAgency, "ume", reader)).isEmpty();
		assertThat(policy.item(noAgency, item(Set.of("other"), "ume", Field.CARE), reader)).isEmpty();
	}

	private static RecordedItem item(Set<String> recordedBy, String memberId, Field category) {
		return new RecordedItem(recordedBy, memberId, category, false);
	}

	private static ConsentGrant permit(String id, String subjectId, Set<Field> categories) {
		return new ConsentGrant(id, subjectId, "PERMIT", categories, Set.of("CASE_WORK"), TODAY.minusDays(30),
				TODAY.plusDays(30), false);
	}

	private static HouseholdAccess household(ConsentGrant... consents) {
		return new HouseholdAccess("me", List.of("ume", "ken"), Set.of(), false, List.of(), List.of(consents));
	}
}
