package jp.jusou.graph.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.OpenCaseRule;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.plan.PlanInputs.CreatePlanInput;
import jp.jusou.graph.plan.PlanInputs.PlanRoleInput;
import jp.jusou.graph.plan.PlanInputs.RevisePlanInput;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Need;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * 支援プラン作成 and revision (第5号・第6号), and the plans due for review; the meetings that move
 * plans are {@code meeting.MeetingService}'s. Each mutation checks every rule first and
 * writes in one transaction.
 */
@Service
public record PlanService(NamedQueries graph, AccessPolicy policy, Clock clock, KeptFacts keptFacts) {

	static final int MAX_GOALS = 10;

	static final int MAX_ROLES = 30;

	/** One row of plansDueForReview. */
	public record PlanDue(String planId, String householdId, PlanStatus status, LocalDate monitoringDate,
			int daysOverdue, LocalDate lastMeeting) {
	}

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
		OpenCaseRule.require(check, "input.householdId",
				"a case reaches the 多機関協働 body through referToCoordination (多機関協働へのつなぎがない世帯です)");
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
		graph.query("plan-create")
			.bindAll(Parameters.of("staffId", subject.staffId(), "householdId", householdId, "planId", planId, "goals",
					goals, "needs", needs(input.needs()), "today", today, "monitoringDate", input.monitoringDate(),
					"roles", roles, "assessmentId", assessmentId))
			.run();
		keptFacts.afterWrite(Set.of(), Set.of(householdId));
		SupportPlan plan = byId(planId, "input.householdId");
		audit(subject, plan);
		return plan;
	}

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
		graph.query("plan-revise")
			.bindAll(Parameters.of("planId", planId, "goals", goals, "needs",
					input.needs() == null ? null : needs(input.needs()), "monitoringDate", input.monitoringDate(),
					"roles", roles, "today", today, "assessmentId", assessmentId))
			.run();
		keptFacts.afterWrite(Set.of(), Set.of(plan.householdId()));
		SupportPlan revised = byId(planId, "input.planId");
		audit(subject, revised);
		return revised;
	}

	public List<PlanDue> due(AccessSubject subject) {
		List<PlanDue> due = List.copyOf(graph.query("plans-due")
			.bindAll(Parameters.of("staffId", subject.staffId(), "today", LocalDate.now(clock)))
			.fetchAs(PlanDue.class)
			.mappedBy((types, record) -> new PlanDue(record.get("planId").asString(),
					record.get("householdId").asString(), PlanStatus.valueOf(record.get("status").asString()),
					record.get("monitoringDate").asLocalDate(), record.get("daysOverdue").asInt(),
					record.get("lastMeeting").isNull() ? null : record.get("lastMeeting").asLocalDate()))
			.all());
		Set<String> households = new TreeSet<>();
		due.forEach(plan -> households.add(plan.householdId()));
		subject.recordRead(
				new PersonalDataRead(households, Set.of(), Set.of("OWN_AGENCY"), Set.of(), Set.of(), Set.of(), 0));
		return due;
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
		if (!check.get("components").asList(Value::asInt).contains(Agency.COORDINATION_COMPONENT)) {
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
		return graph
			.single("plan-create-check", Parameters.of("staffId", subject.staffId(), "householdId", householdId,
					"roleAgencyIds", roles.stream().map(role -> role.get("agencyId")).toList()))
			.orElseThrow();
	}

	public SupportPlan byId(String planId, String argument) {
		return graph.query("plan-by-id")
			.bind(planId)
			.to("planId")
			.fetchAs(SupportPlan.class)
			.mappedBy((types, record) -> SupportPlan.from(record))
			.one()
			.orElseThrow(() -> new NotFoundException(argument, "plan", planId));
	}

	private static void audit(AccessSubject subject, SupportPlan plan) {
		subject.recordRead(new PersonalDataRead(Set.of(plan.householdId()), Set.of(), Set.of("OWN_AGENCY"), Set.of(),
				Set.of(), Set.of(), 0));
	}

}
