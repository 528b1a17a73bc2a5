package jp.jusou.graph.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.Need;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * A support plan (the schema's {@code SupportPlan}): as its coordinating agency sees it
 * in the payloads of the plan mutations, or as a reader sees it on {@code basis}, with
 * the roles it may not see counted in {@code withheldRoles}.
 */
public record SupportPlan(String id, String householdId, String coordinatorId, Agency coordinator,
		List<String> memberIds, PlanStatus status, List<String> goals, List<Need> needs, LocalDate created,
		LocalDate monitoringDate, LocalDate revised, String evaluation, String assessmentId, List<Step> history,
		List<Role> roles, Basis basis, Withheld withheldRoles, Withheld withheld) {

	/** One agency's role (役割分担). */
	public record Role(String id, Agency agency, String personId, Field field, String role, LocalDate since) {
	}

	/**
	 * One step of the plan's course: drawn up (DRAFT, no meeting), or a meeting's
	 * decision and the state it led to, with the evaluation the meeting gave; the
	 * meeting's kind is its {@code MeetingKind} code (the plan reads meetings, it does
	 * not hold them).
	 */
	public record Step(PlanStatus status, MeetingDecision decision, LocalDate date, String meetingId,
			String meetingKind, String evaluation, Set<String> meetingMembers) {

		/**
		 * The step as a reader outside the meeting sees it: which meeting is its content.
		 */
		Step withoutMeeting() {
			return new Step(status, decision, date, null, null, evaluation, meetingMembers);
		}

		public String statusLabel() {
			return status.label();
		}

		public String decisionLabel() {
			return decision == null ? "策定" : decision.label();
		}
	}

	static SupportPlan from(Record record) {
		Value plan = record.get("plan");
		LocalDate created = plan.get("created").asLocalDate();
		List<Step> history = new ArrayList<>();
		history.add(new Step(PlanStatus.DRAFT, null, created, null, null, null, Set.of()));
		plan.get("history").asList(step -> step).forEach(step -> {
			MeetingDecision decision = MeetingDecision.valueOf(step.get("decision").asString());
			history.add(new Step(decision.target(), decision, step.get("date").asLocalDate(),
					step.get("meetingId").asString(), step.get("meetingKind").asString(null),
					step.get("evaluation").asString(null),
					Set.copyOf(step.get("members").asList(Value::asString, List.of()))));
		});
		return new SupportPlan(plan.get("id").asString(), plan.get("householdId").asString(),
				plan.get("coordinatorId").asString(), Agency.from(plan.get("coordinator")),
				plan.get("memberIds").asList(Value::asString), PlanStatus.valueOf(plan.get("status").asString()),
				goals(plan.get("goals")),
				plan.get("needs")
					.asList(value -> Need.orNull(value.asString()), List.of())
					.stream()
					.filter(Objects::nonNull)
					.toList(),
				created, plan.get("monitoringDate").asLocalDate(),
				plan.get("revised").isNull() ? null : plan.get("revised").asLocalDate(),
				plan.get("evaluation").asString(null), plan.get("assessmentId").asString(null), List.copyOf(history),
				record.get("roles")
					.asList(role -> new Role(role.get("id").asString(), Agency.from(role.get("agency")),
							role.get("personId").asString(null), Field.of(role.get("field").asString(null)),
							role.get("role").asString(),
							role.get("since").isNull() ? null : role.get("since").asLocalDate())),
				Basis.ownAgency(), null, null);
	}

	/**
	 * The plan as a reader sees it: on {@code basis}, with only {@code visibleRoles}, the
	 * rest counted.
	 */
	SupportPlan seenOn(Basis shownOn, List<Role> visibleRoles, Withheld withheld) {
		return new SupportPlan(id, householdId, coordinatorId, coordinator, memberIds, status, goals, needs, created,
				monitoringDate, revised, evaluation, assessmentId, history, List.copyOf(visibleRoles), shownOn,
				withheld, null);
	}

	/**
	 * The plan as it stood for a reader whose basis covers only part of its course: the
	 * steps shown, its status after the last of them, its goals and needs unless revised
	 * later (then empty), and what was withheld.
	 */
	SupportPlan asItStood(List<Step> shownSteps, boolean revisionShown, Withheld withheldItems) {
		Step last = shownSteps.get(shownSteps.size() - 1);
		boolean closingShown = last.status() == status;
		return new SupportPlan(id, householdId, coordinatorId, coordinator, memberIds, last.status(),
				revisionShown ? goals : List.of(), revisionShown ? needs : List.of(), created, monitoringDate,
				revisionShown ? revised : null, closingShown ? evaluation : null, revisionShown ? assessmentId : null,
				List.copyOf(shownSteps), roles, basis, withheldRoles, withheldItems);
	}

	/**
	 * The roles' fields, or the coordinator's when there is no role: the plan's data
	 * categories.
	 */
	List<Field> categories() {
		List<Field> fields = roles.stream().map(Role::field).distinct().toList();
		return fields.isEmpty() && coordinator != null ? List.of(coordinator.field()) : fields;
	}

	/**
	 * Goals are a list; plans written before the workflows (the demo seed) hold one
	 * string.
	 */
	private static List<String> goals(Value goals) {
		if (goals.isNull()) {
			return List.of();
		}
		return goals.hasType(TypeSystem.getDefault().STRING()) ? List.of(goals.asString())
				: goals.asList(Value::asString);
	}

	public String statusLabel() {
		return status.label();
	}
}
