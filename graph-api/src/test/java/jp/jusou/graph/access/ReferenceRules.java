package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.jusou.graph.access.RandomCity.Item;
import jp.jusou.graph.access.RandomCity.RAgency;
import jp.jusou.graph.access.RandomCity.RCase;
import jp.jusou.graph.access.RandomCity.RConsent;
import jp.jusou.graph.access.RandomCity.RHousehold;
import jp.jusou.graph.access.RandomCity.RMeeting;
import jp.jusou.graph.access.RandomCity.RPerson;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.Field;

/**
 * graph-model.md's access rules written again, straight from the text, over the generated
 * objects of a {@link RandomCity} — plain Java, no Cypher, no call into
 * {@link AccessPolicy} — so that the model test can compare the service against an
 * independent reading of the rules.
 */
final class ReferenceRules {

	static final Set<PurposeOfUse> SUPPORT_PURPOSES = Set.of(PurposeOfUse.CASE_WORK, PurposeOfUse.PLAN_DELIBERATION,
			PurposeOfUse.OUTREACH);

	private final RandomCity city;

	private final LocalDate today;

	ReferenceRules(RandomCity city, LocalDate today) {
		this.city = city;
		this.today = today;
	}

	/**
	 * "A member's identity is the agency's own only through its case about that member",
	 * then consent, then 支援会議.
	 */
	AccessBasis identity(String agency, RHousehold household, RPerson person, PurposeOfUse purpose) {
		for (RCase c : city.cases) {
			if (c.agency().equals(agency) && c.person().equals(person.id())) {
				return AccessBasis.OWN_AGENCY;
			}
		}
		for (RConsent permit : consentsOf(person.id())) {
			if (!permit.permit() || !inForce(permit, purpose) || !reaches(permit, agency, household, person.id())) {
				continue;
			}
			for (Field category : permit.categories()) {
				if (!denied(agency, household, person.id(), Set.of(category), purpose)) {
					return AccessBasis.CONSENT;
				}
			}
		}
		// "a 支援会議 names the members who were in the household on its date"
		return supportMeeting(agency, household, purpose, person.since()) ? AccessBasis.SUPPORT_MEETING : null;
	}

	boolean visible(String agency, RHousehold household, PurposeOfUse purpose) {
		return household.members().stream().anyMatch(person -> identity(agency, household, person, purpose) != null);
	}

	/**
	 * "A household is discussed at a 支援会議 because an attending agency (or the convener)
	 * brings it — it holds a case about a member, a consent of a member naming it, a
	 * signal it received, or an outreach assignment".
	 */
	boolean brought(Set<String> participants, RHousehold household) {
		Set<String> members = ids(household.members());
		return city.cases.stream().anyMatch(c -> participants.contains(c.agency()) && members.contains(c.person()))
				|| city.consents.stream()
					.anyMatch(c -> c.permit() && !c.revoked() && members.contains(c.subject())
							&& c.grantees().stream().anyMatch(participants::contains))
				|| city.assignments.stream()
					.anyMatch(o -> participants.contains(o.agency()) && o.household().equals(household.id()));
	}

	/**
	 * "What a reader learns of withheld items": their categories only for the 多機関協働 body
	 * or a reader with a basis for a member of the household; the count for everyone.
	 */
	boolean withheldCategoriesShown(RAgency agency, RHousehold household, PurposeOfUse purpose) {
		return agency.coordination() || visible(agency.id(), household, purpose);
	}

	/**
	 * "Its location shows when it is visible, or, for OUTREACH, to an agency assigned to
	 * reach it while the assignment is in force" — never through the agency's own visit.
	 */
	boolean locationShown(String agency, RHousehold household, PurposeOfUse purpose) {
		return visible(agency, household, purpose) || assignedToReach(agency, household, purpose);
	}

	boolean assignedToReach(String agency, RHousehold household, PurposeOfUse purpose) {
		return purpose == PurposeOfUse.OUTREACH && city.assignments.stream()
			.anyMatch(o -> o.agency().equals(agency) && o.household().equals(household.id()) && !o.revoked()
					&& !today.isBefore(o.validFrom()) && !today.isAfter(o.validTo()));
	}

	/** The basis for one item about the household, or null when it is withheld. */
	AccessBasis item(String agency, RHousehold household, Item item, PurposeOfUse purpose) {
		if (item.recordedBy().contains(agency)) {
			return AccessBasis.OWN_AGENCY;
		}
		if (item.supportMeetingContent()) {
			return null;
		}
		boolean consented;
		if (item.memberId() != null) {
			consented = covered(agency, household, item.memberId(), item.categories(), purpose);
		}
		else {
			consented = !household.members().isEmpty() && household.members()
				.stream()
				.allMatch(person -> covered(agency, household, person.id(), item.categories(), purpose));
		}
		if (consented) {
			return AccessBasis.CONSENT;
		}
		return supportMeeting(agency, household, purpose, item.date()) ? AccessBasis.SUPPORT_MEETING : null;
	}

	/**
	 * Isolated: 65+, alone or only with dependants, no activity, no tie, no contact (a
	 * visit that met the household) in 180 days; an open case is not contact.
	 */
	List<String> isolated() {
		List<String> ids = new ArrayList<>();
		for (RHousehold household : city.households) {
			boolean recentVisit = city.visits.stream()
				.anyMatch(v -> v.household().equals(household.id()) && !v.date().isBefore(today.minusDays(180)));
			for (RPerson person : household.members()) {
				boolean othersDependant = household.members()
					.stream()
					.allMatch(other -> other == person || other.dependant());
				// an open case is not contact (graph-model.md "Isolated residents"); the
				// random
				// city records no consultation, tie or activity, and its visits met the
				// household
				if (today.getYear() - person.birthYear() >= 65 && othersDependant && !recentVisit) {
					ids.add(person.id());
				}
			}
		}
		return ids;
	}

	private boolean covered(String agency, RHousehold household, String personId, Set<Field> categories,
			PurposeOfUse purpose) {
		if (denied(agency, household, personId, categories, purpose)) {
			return false;
		}
		return consentsOf(personId).stream()
			.anyMatch(permit -> permit.permit() && inForce(permit, purpose)
					&& reaches(permit, agency, household, personId) && permit.categories().containsAll(categories));
	}

	private boolean denied(String agency, RHousehold household, String personId, Set<Field> categories,
			PurposeOfUse purpose) {
		return consentsOf(personId).stream()
			.anyMatch(deny -> !deny.permit() && inForce(deny, purpose) && reaches(deny, agency, household, personId)
					&& deny.categories().stream().anyMatch(categories::contains));
	}

	private boolean reaches(RConsent consent, String agency, RHousehold household, String personId) {
		if (consent.grantees().contains(agency)) {
			return true;
		}
		return consent.meetingParticipants() && city.meetings.stream()
			.anyMatch(m -> !m.support() && m.household().equals(household.id()) && m.attendees().contains(agency)
					&& m.personIds() != null && m.personIds().contains(personId));
	}

	private boolean inForce(RConsent consent, PurposeOfUse purpose) {
		return !consent.revoked() && !today.isBefore(consent.validFrom()) && !today.isAfter(consent.validTo())
				&& consent.purposes().contains(purpose.name());
	}

	private boolean supportMeeting(String agency, RHousehold household, PurposeOfUse purpose, LocalDate itemDate) {
		if (!SUPPORT_PURPOSES.contains(purpose)) {
			return false;
		}
		for (RMeeting meeting : city.meetings) {
			// "each kind gives its basis only under its own law's conditions": per
			// household
			if (meeting.support() && meeting.sharesHere() && meeting.household().equals(household.id())
					&& meeting.attendees().contains(agency) && !meeting.date().isAfter(today)
					&& !today.isAfter(meeting.date().plusMonths(12))
					&& (itemDate == null || !itemDate.isAfter(meeting.date()))) {
				return true;
			}
		}
		return false;
	}

	private List<RConsent> consentsOf(String personId) {
		return city.consents.stream().filter(c -> c.subject().equals(personId)).toList();
	}

	static Set<String> ids(List<RPerson> persons) {
		Set<String> ids = new HashSet<>();
		persons.forEach(person -> ids.add(person.id()));
		return ids;
	}

}
