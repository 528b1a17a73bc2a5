package jp.jusou.graph.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.Need;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/** A support plan as its coordinating agency sees it (the schema's {@code SupportPlan}). */
public record SupportPlan(String id, String householdId, String coordinatorId, List<String> memberIds,
		PlanStatus status, List<String> goals, List<Need> needs, LocalDate created, LocalDate monitoringDate,
		String evaluation, List<Role> roles) {

	/** One agency's role (役割分担). */
	public record Role(String id, Agency agency, String personId, Field field, String role) {
	}

	static SupportPlan from(Record record) {
		Value plan = record.get("plan");
		return new SupportPlan(plan.get("id").asString(), plan.get("householdId").asString(),
				plan.get("coordinatorId").asString(), plan.get("memberIds").asList(Value::asString),
				PlanStatus.valueOf(plan.get("status").asString()), goals(plan.get("goals")),
				plan.get("needs").asList(value -> Need.orNull(value.asString()), List.of()).stream()
					.filter(Objects::nonNull)
					.toList(),
				plan.get("created").asLocalDate(), plan.get("monitoringDate").asLocalDate(),
				plan.get("evaluation").asString(null),
				record.get("roles").asList(role -> new Role(role.get("id").asString(), Agency.from(role.get("agency")),
						role.get("personId").asString(null), Field.of(role.get("field").asString(null)),
						role.get("role").asString())));
	}

	/** Goals are a list; plans written before the workflows (the demo seed) hold one string. */
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
