package jp.jusou.graph.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.PersonalDataRead;
import jp.jusou.graph.casework.CaseworkService;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.plan.PlanInputs.CreatePlanInput;
import jp.jusou.graph.plan.PlanInputs.DiscussedHouseholdInput;
import jp.jusou.graph.plan.PlanInputs.PlanRoleInput;
import jp.jusou.graph.plan.PlanInputs.RecordMeetingInput;
import jp.jusou.graph.plan.PlanInputs.RevisePlanInput;
import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.Need;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.SingleRow;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 支援プラン作成 and the meetings that move plans (第5号・第6号). Each mutation checks every rule
 * first and writes in one transaction; an illegal state change is an error that names the
 * household and says which states the decision may start from.
 */
@Service
public class PlanService {

	static final int MAX_GOALS = 10;

	static final int MAX_ROLES = 30;

	static final int MAX_HOUSEHOLDS = 50;

	/** What recordMeeting did. */
	public record MeetingResult(String meetingId, MeetingKind kind, List<MeetingKind> kinds, boolean confidential,
			LocalDate date, List<SupportPlan> plans, List<DiscussedHousehold> households, List<MeetingMember> members) {
	}

	/**
	 * One household a meeting discussed: the decision, the plan it applies to and the
	 * evaluation given, and, at a 重層的支援会議, the members discussed.
	 */
	public record DiscussedHousehold(String householdId, MeetingDecision decision, String planId, String evaluation,
			List<String> personIds) {

		public String decisionLabel() {
			return decision.label();
		}
	}

	/** One row of plansDueForReview. */
	public record PlanDue(String planId, String householdId, PlanStatus status, LocalDate monitoringDate,
			int daysOverdue, LocalDate lastMeeting) {
	}

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final AccessPolicy policy;

	private final Clock clock;

	private final KeptFacts keptFacts;

	PlanService(Neo4jClient neo4j, CypherQueries queries, AccessPolicy policy, Clock clock, KeptFacts keptFacts) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.policy = policy;
		this.clock = clock;
		this.keptFacts = keptFacts;
	}

	@Transactional
	public SupportPlan create(AccessSubject subject, CreatePlanInput input) {
		LocalDate today = LocalDate.now(clock);
		String householdId = Validate.id("input.householdId", input.householdId());
		List<String> goals = goals(input.goals());
		Validate.notInPast("input.monitoringDate", input.monitoringDate(), today);
		List<Map<String, Object>> roles = roles(input.roles());
		Record check = planCheck(subject, householdId, roles);
		if (!check.get("householdExists").asBoolean()) {
			throw new NotFoundException("input.householdId", "household", householdId);
		}
		requireCoordinationBody(check, "input.householdId");
		if (!check.get("holdsCase").asBoolean()) {
			throw new NoBasisException("input.householdId",
					"your agency holds no open case about a member of this household; a case reaches the 多機関協働 body"
							+ " through referToCoordination (多機関協働へのつなぎがない世帯です)");
		}
		List<String> running = check.get("runningPlanIds").asList(Value::asString);
		if (!running.isEmpty()) {
			throw new InvalidArgumentException("input.householdId", "one-running-plan",
					"the household already has plan " + running.get(0) + "; revise it (revisePlan) instead"
							+ " (この世帯には終結していないプランがあります)");
		}
		checkRoleTargets(roles, check.get("unknownAgencies").asList(Value::asString),
				check.get("memberIds").asList(Value::asString));
		String assessmentId = assessment(input.assessmentId(), check);
		String planId = "plan-" + UUID.randomUUID();
		neo4j.query(queries.get("plan-create"))
			.bindAll(Parameters.of("staffId", subject.staffId(), "householdId", householdId, "planId", planId, "goals",
					goals, "needs", needs(input.needs()), "today", today, "monitoringDate", input.monitoringDate(),
					"roles", roles, "assessmentId", assessmentId))
			.run();
		keptFacts.afterWrite(Set.of(), Set.of(householdId));
		SupportPlan plan = byId(planId, "input.householdId");
		audit(subject, "Mutation.createPlan", plan);
		return plan;
	}

	@Transactional
	public SupportPlan revise(AccessSubject subject, RevisePlanInput input) {
		LocalDate today = LocalDate.now(clock);
		String planId = Validate.id("input.planId", input.planId());
		List<String> goals = input.goals() == null ? null : goals(input.goals());
		if (input.monitoringDate() != null) {
			Validate.notInPast("input.monitoringDate", input.monitoringDate(), today);
		}
		List<Map<String, Object>> roles = input.roles() == null ? null : roles(input.roles());
		SupportPlan plan = byId(planId, "input.planId");
		Record check = planCheck(subject, plan.householdId(), roles == null ? List.of() : roles);
		if (!plan.coordinatorId().equals(check.get("agencyId").asString(null))) {
			throw new NoBasisException("input.planId",
					"only the coordinating agency may revise the plan" + " (プランを作成した多機関協働事業者のみ見直せます)");
		}
		if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.UNDER_REVIEW) {
			throw new InvalidArgumentException("input.planId", "plan-editable",
					"a " + plan.status() + " plan cannot be changed; only DRAFT or UNDER_REVIEW (再プラン) plans can"
							+ " (変更できるのは作成中または再プラン中のプランです。会議で再プランを決定してください)");
		}
		if (roles != null) {
			checkRoleTargets(roles, check.get("unknownAgencies").asList(Value::asString), plan.memberIds());
		}
		String assessmentId = assessment(input.assessmentId(), check);
		neo4j.query(queries.get("plan-revise"))
			.bindAll(Parameters.of("planId", planId, "goals", goals, "needs",
					input.needs() == null ? null : needs(input.needs()), "monitoringDate", input.monitoringDate(),
					"roles", roles, "today", today, "assessmentId", assessmentId))
			.run();
		keptFacts.afterWrite(Set.of(), Set.of(plan.householdId()));
		SupportPlan revised = byId(planId, "input.planId");
		audit(subject, "Mutation.revisePlan", revised);
		return revised;
	}

	@Transactional
	public MeetingResult recordMeeting(AccessSubject subject, RecordMeetingInput input) {
		LocalDate today = LocalDate.now(clock);
		MeetingKind kind = Validate.required("input.kind", input.kind());
		List<MeetingKind> kinds = MeetingLaw.kinds(kind, input.alsoHeldAs());
		boolean multiLayer = kinds.contains(MeetingKind.MULTI_LAYER_MEETING);
		String confidentialityLaw = kinds.stream()
			.map(MeetingKind::confidentialityLaw)
			.filter(law -> law != null)
			.findFirst()
			.orElse(null);
		Validate.notInFuture("input.date", input.date(), today);
		List<String> attending = Validate.notEmpty("input.attendingAgencyIds", input.attendingAgencyIds())
			.stream()
			.map(id -> Validate.id("input.attendingAgencyIds", id))
			.distinct()
			.toList();
		List<DiscussedHouseholdInput> discussed = input.households() == null ? List.of() : input.households();
		if (discussed.size() > MAX_HOUSEHOLDS) {
			throw new InvalidArgumentException("input.households", "at-most-" + MAX_HOUSEHOLDS,
					"at most " + MAX_HOUSEHOLDS + " households per meeting record (1回の記録は" + MAX_HOUSEHOLDS + "世帯まで)");
		}
		if (kind == MeetingKind.INFORMATION_SHARING_MEETING && !discussed.isEmpty()) {
			throw new InvalidArgumentException("input.households", "no-individual-cases",
					"an 情報共有会議 discusses no individual households (情報共有会議では個別世帯を扱いません)");
		}
		Set<String> seen = new TreeSet<>();
		for (int i = 0; i < discussed.size(); i++) {
			checkDiscussed(kind, multiLayer, discussed.get(i), "input.households[" + i + "]", seen);
		}
		Set<String> agencyIds = new LinkedHashSet<>(attending);
		Record check = SingleRow.of(neo4j, queries.get("meeting-check"),
				Parameters.of("staffId", subject.staffId(), "agencyIds", List.copyOf(agencyIds), "householdIds",
						discussed.stream().map(DiscussedHouseholdInput::householdId).toList(), "date", input.date()))
			.orElseThrow();
		String convenerId = check.get("agencyId").asString(null);
		if (convenerId == null) {
			throw NoBasisException.withoutAgency();
		}
		List<String> unknownAgencies = check.get("unknownAgencies").asList(Value::asString);
		if (!unknownAgencies.isEmpty()) {
			throw new NotFoundException("input.attendingAgencyIds", "agency", unknownAgencies.get(0));
		}
		if (kinds.stream().anyMatch(MeetingKind::convenedByCoordination)
				&& !check.get("coordinationBody").asBoolean(false)) {
			throw new NoBasisException("input.kind",
					"a 支援会議 or 重層的支援会議 is convened by the 多機関協働 body (an agency running component 5) or the"
							+ " body the municipality named to convene its 支援会議 (支援会議・重層的支援会議を開催できるのは多機関協働事業者"
							+ "または市町村が指定した機関です)");
		}
		Map<String, String> attendingFields = new HashMap<>();
		check.get("attendingFields")
			.asList(value -> value)
			.forEach(value -> attendingFields.put(value.get("agencyId").asString(), value.get("field").asString(null)));
		Map<MeetingKind, Set<String>> bodies = MeetingLaw.conveningBodies(kinds, convenerId,
				check.get("field").asString(null), attendingFields);
		agencyIds.add(convenerId);
		Map<String, Value> facts = new HashMap<>();
		check.get("households")
			.asList(value -> value)
			.forEach(value -> facts.put(value.get("householdId").asString(), value));
		List<Map<String, Object>> writes = new ArrayList<>();
		Set<String> householdMembers = new TreeSet<>();
		boolean everyParticipantNamed = true;
		boolean anyConfidential = false;
		for (int i = 0; i < discussed.size(); i++) {
			Value householdFacts = facts.get(discussed.get(i).householdId());
			Discussion discussion = decide(kinds, bodies, discussed.get(i), householdFacts, agencyIds, input.date(),
					"input.households[" + i + "]");
			anyConfidential |= discussion.confidential();
			writes.add(discussion.write());
			everyParticipantNamed &= discussion.everyParticipantNamed();
			householdMembers.addAll(HouseholdAccess.from(householdFacts.get("access")).memberIds());
		}
		// a confidential kind holds for the meeting when it held for a household it
		// discussed
		String law = (discussed.isEmpty() || anyConfidential) ? confidentialityLaw : null;
		List<MeetingMember> members = MeetingMembers.check(input.members(), law, householdMembers,
				law != null || everyParticipantNamed);
		String meetingId = "meeting-" + UUID.randomUUID();
		neo4j.query(queries.get("meeting-record"))
			.bindAll(Parameters.of("meetingId", meetingId, "kind", kind.name(), "kinds",
					kinds.stream().map(Enum::name).toList(), "confidential", law != null, "date", input.date(),
					"staffId", subject.staffId(), "convenerId", convenerId, "agencyIds", List.copyOf(agencyIds),
					"households", writes, "members", MeetingMembers.parameters(members)))
			.run();
		keptFacts.afterMeeting(meetingId, writes.stream().map(write -> (String) write.get("householdId")).toList());
		List<SupportPlan> changed = new ArrayList<>();
		for (Map<String, Object> write : writes) {
			if (write.get("newStatus") != null) {
				changed.add(byId((String) write.get("planId"), "input.households"));
			}
		}
		Set<String> households = new TreeSet<>();
		Set<String> persons = new TreeSet<>();
		List<DiscussedHousehold> outcome = new ArrayList<>();
		for (Map<String, Object> write : writes) {
			@SuppressWarnings("unchecked")
			List<String> personIds = (List<String>) write.get("personIds");
			households.add((String) write.get("householdId"));
			if (personIds != null) {
				persons.addAll(personIds);
			}
			members.stream().map(MeetingMember::personId).filter(id -> id != null).forEach(persons::add);
			outcome.add(new DiscussedHousehold((String) write.get("householdId"),
					MeetingDecision.valueOf((String) write.get("decision")), (String) write.get("planId"),
					(String) write.get("evaluation"), personIds == null ? List.of() : personIds));
		}
		if (!households.isEmpty()) {
			subject.recordRead(new PersonalDataRead("Mutation.recordMeeting", households, persons,
					Set.of(law != null ? "SUPPORT_MEETING" : "OWN_AGENCY"), Set.of(), Set.of(), Set.of(), 0));
		}
		return new MeetingResult(meetingId, kind, kinds, law != null, input.date(), changed, outcome, members);
	}

	@Transactional(readOnly = true)
	public List<PlanDue> due(AccessSubject subject) {
		List<PlanDue> due = List.copyOf(neo4j.query(queries.get("plans-due"))
			.bindAll(Parameters.of("staffId", subject.staffId(), "today", LocalDate.now(clock)))
			.fetchAs(PlanDue.class)
			.mappedBy((types, record) -> new PlanDue(record.get("planId").asString(),
					record.get("householdId").asString(), PlanStatus.valueOf(record.get("status").asString()),
					record.get("monitoringDate").asLocalDate(), record.get("daysOverdue").asInt(),
					record.get("lastMeeting").isNull() ? null : record.get("lastMeeting").asLocalDate()))
			.all());
		Set<String> households = new TreeSet<>();
		due.forEach(plan -> households.add(plan.householdId()));
		subject.recordRead(new PersonalDataRead("Query.plansDueForReview", households, Set.of(), Set.of("OWN_AGENCY"),
				Set.of(), Set.of(), Set.of(), 0));
		return due;
	}

	private static void checkDiscussed(MeetingKind kind, boolean multiLayer, DiscussedHouseholdInput item, String at,
			Set<String> seen) {
		String householdId = Validate.id(at + ".householdId", item.householdId());
		if (!seen.add(householdId)) {
			throw new InvalidArgumentException(at + ".householdId", "once-per-meeting",
					"the household is already in this meeting record (同じ世帯が重複しています)");
		}
		MeetingDecision decision = Validate.required(at + ".decision", item.decision());
		if (item.personIds() != null && !multiLayer) {
			throw new InvalidArgumentException(at + ".personIds", "multi-layer-meeting-only",
					"members are named at a 重層的支援会議 (MULTI_LAYER_MEETING), which discusses only those who consented;"
							+ " a " + kind + " discusses the household as a whole (検討対象の世帯員の指定は重層的支援会議のみです)");
		}
		if (decision.changesPlan()) {
			if (!multiLayer) {
				throw new InvalidArgumentException(at + ".decision", "plan-decisions-at-multi-layer-meeting",
						decision + " is decided at a 重層的支援会議 (MULTI_LAYER_MEETING), not at a " + kind
								+ " (プランの承認・再プラン・終結・中断は重層的支援会議で決定します)");
			}
			Validate.id(at + ".planId", item.planId());
		}
		if (decision == MeetingDecision.CLOSE) {
			Validate.text(at + ".evaluation", item.evaluation(), 2000);
		}
		else {
			Validate.optionalText(at + ".evaluation", item.evaluation(), 2000);
		}
		if (decision == MeetingDecision.RESOURCE_GAP) {
			Validate.notEmpty(at + ".needs", item.needs());
		}
	}

	/**
	 * What is written for one household discussed, whether its consents name every
	 * participant, and whether a confidential kind holds for it.
	 */
	private record Discussion(Map<String, Object> write, boolean everyParticipantNamed, boolean confidential) {
	}

	/**
	 * One household at the meeting: how it stands under each kind's law
	 * ({@link MeetingLaw#standing}), the members a 重層的支援会議 discusses, and the plan state
	 * a decision moves to.
	 */
	private Discussion decide(List<MeetingKind> kinds, Map<MeetingKind, Set<String>> bodies,
			DiscussedHouseholdInput item, Value facts, Set<String> participants, LocalDate date, String at) {
		if (facts == null) {
			throw new NotFoundException(at + ".householdId", "household", item.householdId());
		}
		HouseholdAccess access = HouseholdAccess.from(facts.get("access"));
		boolean multiLayer = kinds.contains(MeetingKind.MULTI_LAYER_MEETING);
		MeetingLaw.Standing standing = MeetingLaw.standing(kinds, bodies,
				Set.copyOf(facts.get("caseHolders").asList(Value::asString)),
				Set.copyOf(facts.get("broughtBy").asList(Value::asString)), participants, item.broughtFor(), at);
		boolean confidential = standing.confidential();
		String broughtFor = standing.broughtFor();
		List<String> personIds = multiLayer
				? discussedMembers(item, access, participants, date, at, confidential && !item.decision().changesPlan())
				: null;
		boolean everyParticipantNamed = personIds != null && personIds.stream()
			.allMatch(personId -> policy.meetingConsent(access.consents(), personId, participants, date)
				.map(grant -> grant.meetingParticipants())
				.orElse(false));
		String newStatus = null;
		if (item.decision().changesPlan()) {
			Value plan = facts.get("plans")
				.asList(value -> value)
				.stream()
				.filter(candidate -> candidate.get("id").asString().equals(item.planId()))
				.findFirst()
				.orElseThrow(() -> new InvalidArgumentException(at + ".planId", "plan-of-household",
						"no plan " + item.planId() + " for this household (この世帯のプランではありません)"));
			PlanStatus status = PlanStatus.valueOf(plan.get("status").asString());
			if (!item.decision().allowedFrom(status)) {
				throw new InvalidArgumentException(at + ".decision", "plan-transition", item.decision().whyNot(status));
			}
			newStatus = item.decision().target().name();
		}
		return new Discussion(Parameters.of("householdId", item.householdId(), "decision", item.decision().name(),
				"planId", item.planId(), "newStatus", newStatus, "evaluation", item.evaluation(), "nextMonitoringDate",
				item.nextMonitoringDate(), "needs", needs(item.needs()), "personIds", personIds, "confidential",
				confidential, "broughtFor", broughtFor), everyParticipantNamed, confidential);
	}

	/**
	 * The members a 重層的支援会議 discusses (002: 協議の対象となるケースについては本人同意を得る): those named, each
	 * with a consent the policy accepts for this meeting, or — none named — every member
	 * who has one. A member who has not consented is left out, not a veto on the
	 * household; nobody consenting is an error, unless the meeting is also a 支援会議 taking
	 * no plan decision: then it discusses the household as a whole (null), as a 支援会議 does
	 * without consent.
	 */
	private List<String> discussedMembers(DiscussedHouseholdInput item, HouseholdAccess access,
			Set<String> participants, LocalDate date, String at, boolean wholeHouseholdWithoutConsent) {
		if (item.personIds() == null) {
			List<String> consenting = access.memberIds()
				.stream()
				.filter(personId -> policy.meetingConsent(access.consents(), personId, participants, date).isPresent())
				.toList();
			if (consenting.isEmpty() && wholeHouseholdWithoutConsent) {
				return null;
			}
			if (consenting.isEmpty()) {
				throw new InvalidArgumentException(at + ".householdId", "consent-required",
						"no member of this household has a consent in force on " + date + " for PLAN_DELIBERATION"
								+ " that names every participant of this meeting (or all meeting participants), so a"
								+ " 重層的支援会議 cannot discuss it: record a member's consent, or discuss the household at a"
								+ " 支援会議 (SUPPORT_MEETING) (この会議の参加機関すべてへの共有に本人同意のある世帯員がいないため、"
								+ "重層的支援会議では検討できません。同意を得るか、支援会議で検討してください)");
			}
			return consenting;
		}
		List<String> named = Validate.notEmpty(at + ".personIds", item.personIds());
		List<String> discussed = new ArrayList<>();
		for (int j = 0; j < named.size(); j++) {
			String personId = Validate.id(at + ".personIds[" + j + "]", named.get(j));
			if (!access.memberIds().contains(personId)) {
				throw new InvalidArgumentException(at + ".personIds[" + j + "]", "member-of-household",
						"not a member of this household (この世帯の世帯員ではありません)");
			}
			if (policy.meetingConsent(access.consents(), personId, participants, date).isEmpty()) {
				throw new InvalidArgumentException(at + ".personIds[" + j + "]", "consent-required",
						"this member has no consent in force on " + date + " for PLAN_DELIBERATION that names every"
								+ " participant of this meeting (or all meeting participants), or denied every category of"
								+ " it; leave the member out of the discussion (本人同意のない世帯員は重層的支援会議で検討できません)");
			}
			if (!discussed.contains(personId)) {
				discussed.add(personId);
			}
		}
		return discussed;
	}

	/** The assessment a plan rests on: one of the household's, or none. */
	private static String assessment(String assessmentId, Record check) {
		if (assessmentId == null) {
			return null;
		}
		Validate.id("input.assessmentId", assessmentId);
		if (!check.get("assessmentIds").asList(Value::asString).contains(assessmentId)) {
			throw new InvalidArgumentException("input.assessmentId", "assessment-of-household",
					"no assessment " + assessmentId + " of this household (この世帯のアセスメントではありません)");
		}
		return assessmentId;
	}

	private static void requireCoordinationBody(Record check, String argument) {
		if (!check.get("components").asList(Value::asInt).contains(CaseworkService.COORDINATION_COMPONENT)) {
			throw new NoBasisException(argument,
					"only the 多機関協働 body (an agency running component 5) does this" + " (多機関協働事業者のみが行えます)");
		}
	}

	private static void checkRoleTargets(List<Map<String, Object>> roles, List<String> unknownAgencies,
			List<String> memberIds) {
		for (int i = 0; i < roles.size(); i++) {
			Map<String, Object> role = roles.get(i);
			if (unknownAgencies.contains((String) role.get("agencyId"))) {
				throw new NotFoundException("input.roles[" + i + "].agencyId", "agency", (String) role.get("agencyId"));
			}
			Object personId = role.get("personId");
			if (personId != null && !memberIds.contains((String) personId)) {
				throw new InvalidArgumentException("input.roles[" + i + "].personId", "member-of-household",
						"the role's person must be a member of the plan's household (世帯員を指定してください)");
			}
		}
	}

	private static List<String> goals(List<String> goals) {
		Validate.notEmpty("input.goals", goals);
		if (goals.size() > MAX_GOALS) {
			throw new InvalidArgumentException("input.goals", "at-most-" + MAX_GOALS,
					"at most " + MAX_GOALS + " goals (目標は" + MAX_GOALS + "件まで)");
		}
		List<String> checked = new ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			checked.add(Validate.text("input.goals[" + i + "]", goals.get(i), 500));
		}
		return checked;
	}

	private static List<Map<String, Object>> roles(List<PlanRoleInput> roles) {
		Validate.notEmpty("input.roles", roles);
		if (roles.size() > MAX_ROLES) {
			throw new InvalidArgumentException("input.roles", "at-most-" + MAX_ROLES,
					"at most " + MAX_ROLES + " roles (役割は" + MAX_ROLES + "件まで)");
		}
		List<Map<String, Object>> checked = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			PlanRoleInput role = roles.get(i);
			String at = "input.roles[" + i + "]";
			checked.add(Parameters.of("id", "role-" + UUID.randomUUID(), "agencyId",
					Validate.id(at + ".agencyId", role.agencyId()), "personId",
					role.personId() == null ? null : Validate.id(at + ".personId", role.personId()), "field",
					Validate.required(at + ".field", role.field()).name(), "role",
					Validate.text(at + ".role", role.role(), 200)));
		}
		return checked;
	}

	private static List<String> needs(List<Need> needs) {
		return needs == null ? List.of() : needs.stream().map(Enum::name).distinct().toList();
	}

	/**
	 * The user's agency and its standing in the household, the members, a running plan,
	 * unknown role agencies.
	 */
	private Record planCheck(AccessSubject subject, String householdId, List<Map<String, Object>> roles) {
		return SingleRow
			.of(neo4j, queries.get("plan-create-check"), Parameters.of("staffId", subject.staffId(), "householdId",
					householdId, "roleAgencyIds", roles.stream().map(role -> role.get("agencyId")).toList()))
			.orElseThrow();
	}

	SupportPlan byId(String planId, String argument) {
		return neo4j.query(queries.get("plan-by-id"))
			.bind(planId)
			.to("planId")
			.fetchAs(SupportPlan.class)
			.mappedBy((types, record) -> SupportPlan.from(record))
			.one()
			.orElseThrow(() -> new NotFoundException(argument, "plan", planId));
	}

	private static void audit(AccessSubject subject, String operation, SupportPlan plan) {
		subject.recordRead(new PersonalDataRead(operation, Set.of(plan.householdId()), Set.of(), Set.of("OWN_AGENCY"),
				Set.of(), Set.of(), Set.of(), 0));
	}

}
