package jp.jusou.graph.plan;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.Need;

/** The inputs of the plan and meeting mutations, as the schema defines them. */
final class PlanInputs {

	private PlanInputs() {
	}

	record PlanRoleInput(String agencyId, String personId, Field field, String role) {
	}

	record CreatePlanInput(String householdId, List<String> goals, List<Need> needs, LocalDate monitoringDate,
			List<PlanRoleInput> roles, String assessmentId) {
	}

	record RevisePlanInput(String planId, List<String> goals, List<Need> needs, LocalDate monitoringDate,
			List<PlanRoleInput> roles, String assessmentId) {
	}

}
