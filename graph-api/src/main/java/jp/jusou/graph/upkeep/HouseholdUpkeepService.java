package jp.jusou.graph.upkeep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.casework.CaseworkService;
import jp.jusou.graph.household.HouseholdPattern;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.upkeep.HouseholdStanding.Standing;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.AddHouseholdMemberInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.MemberContactInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.MemberLeavingInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.MoveHouseholdInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.ReassessPatternsInput;

import org.springframework.stereotype.Service;

/**
 * Keeps a household current: a member added, a member gone (転居・死亡・施設入所), the household
 * moved, its patterns re-assessed. Each is done by an agency that holds an open case
 * about a current member (it knows the household through its own case; recording is never
 * a way into a household), checked first, written in one transaction with a
 * {@code HouseholdChange} that the timeline shows, and audited.
 */
@Service
public record HouseholdUpkeepService(NamedQueries graph, HouseholdStanding standing, Clock clock, KeptFacts keptFacts) {

	public HouseholdChange addMember(AccessSubject subject, AddHouseholdMemberInput input) {
		LocalDate today = LocalDate.now(clock);
		Standing standing = this.standing.require(subject, input.householdId(), input.date(), null);
		String note = Validate.optionalText("input.note", input.note(), 1000);
		Map<String, Object> person = CaseworkService.newPerson(input.member(), "input.member", today);
		if (standing.memberIds().size() >= CaseworkService.MAX_MEMBERS) {
			throw new InvalidArgumentException("input.householdId", "at-most-" + CaseworkService.MAX_MEMBERS,
					"a household has at most " + CaseworkService.MAX_MEMBERS + " members (世帯員は"
							+ CaseworkService.MAX_MEMBERS + "人まで)");
		}
		Map<String, Object> parameters = new HashMap<>(person);
		parameters.put("personId", person.get("id"));
		parameters.put("householdId", standing.householdId());
		parameters.put("date", input.date());
		graph.query("household-add-member").bindAll(parameters).run();
		return change(subject, standing, HouseholdChangeKind.MEMBER_ADDED, input.date(), (String) person.get("id"),
				null, List.of(), note);
	}

	public HouseholdChange memberLeft(AccessSubject subject, MemberLeavingInput input) {
		String personId = Validate.id("input.personId", input.personId());
		Standing standing = this.standing.require(subject, input.householdId(), input.date(), null);
		LeavingReason reason = Validate.required("input.reason", input.reason());
		String note = Validate.optionalText("input.note", input.note(), 1000);
		if (!standing.memberIds().contains(personId)) {
			throw new InvalidArgumentException("input.personId", "member-of-household",
					"not a current member of this household (この世帯の現在の世帯員ではありません)");
		}
		graph.query("household-member-leaves")
			.bindAll(Parameters.of("householdId", standing.householdId(), "personId", personId, "date", input.date(),
					"reason", reason.name()))
			.run();
		return change(subject, standing, HouseholdChangeKind.MEMBER_LEFT, input.date(), personId, reason, List.of(),
				note);
	}

	public HouseholdChange updateContact(AccessSubject subject, MemberContactInput input) {
		String personId = Validate.id("input.personId", input.personId());
		Standing standing = this.standing.require(subject, input.householdId(), input.date(), null);
		String phone = CaseworkService.phone("input.phone", input.phone());
		String contactNote = Validate.optionalText("input.contactNote", input.contactNote(), 200);
		if (!standing.memberIds().contains(personId)) {
			throw new InvalidArgumentException("input.personId", "member-of-household",
					"not a current member of this household (この世帯の現在の世帯員ではありません)");
		}
		graph.query("household-member-contact")
			.bindAll(Parameters.of("householdId", standing.householdId(), "personId", personId, "phone", phone,
					"contactNote", contactNote))
			.run();
		return change(subject, standing, HouseholdChangeKind.CONTACT_UPDATED, input.date(), personId, null, List.of(),
				null);
	}

	public HouseholdChange move(AccessSubject subject, MoveHouseholdInput input) {
		Standing standing = this.standing.require(subject, input.householdId(), input.date(), input.areaId());
		String address = Validate.text("input.address", input.address(), 300);
		GeoPoint location = input.location() == null ? null
				: Validate.point("input.location", input.location().latitude(), input.location().longitude());
		String areaId = input.areaId() == null ? null : Validate.id("input.areaId", input.areaId());
		String note = Validate.optionalText("input.note", input.note(), 1000);
		if (areaId != null && !standing.areaExists()) {
			throw new NotFoundException("input.areaId", "area", areaId);
		}
		graph.query("household-move")
			.bindAll(Parameters.of("householdId", standing.householdId(), "address", address, "latitude",
					location == null ? null : location.latitude(), "longitude",
					location == null ? null : location.longitude(), "areaId", areaId))
			.run();
		return change(subject, standing, HouseholdChangeKind.MOVED, input.date(), null, null, List.of(), note);
	}

	public HouseholdChange reassess(AccessSubject subject, ReassessPatternsInput input) {
		Standing standing = this.standing.require(subject, input.householdId(), input.date(), null);
		List<HouseholdPattern> patterns = Validate.required("input.patterns", input.patterns())
			.stream()
			.distinct()
			.toList();
		String note = Validate.text("input.note", input.note(), 1000);
		graph.query("household-reassess")
			.bindAll(Parameters.of("householdId", standing.householdId(), "patterns",
					patterns.stream().map(Enum::name).toList()))
			.run();
		return change(subject, standing, HouseholdChangeKind.PATTERNS_REASSESSED, input.date(), null, null, patterns,
				note);
	}

	private HouseholdChange change(AccessSubject subject, Standing standing, HouseholdChangeKind kind, LocalDate date,
			String personId, LeavingReason reason, List<HouseholdPattern> patterns, String note) {
		String changeId = "household-change-" + UUID.randomUUID();
		graph.query("household-change-record")
			.bindAll(Parameters.of("changeId", changeId, "householdId", standing.householdId(), "agencyId",
					standing.agencyId(), "staffId", subject.staffId(), "kind", kind.name(), "date", date, "personId",
					personId, "reason", reason == null ? null : reason.name(), "patterns",
					patterns.stream().map(Enum::name).toList(), "note", note))
			.run();
		keptFacts.afterWrite(personId == null ? Set.of() : Set.of(personId), Set.of(standing.householdId()));
		subject.recordRead(new PersonalDataRead(Set.of(standing.householdId()),
				personId == null ? Set.of() : Set.of(personId), Set.of("OWN_AGENCY"), Set.of(), Set.of(), Set.of(), 0));
		return new HouseholdChange(changeId, standing.householdId(), kind, date, personId, reason, patterns, note);
	}

}
