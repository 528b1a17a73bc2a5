// createPlan: the plan (DRAFT), coordinated by the user's agency, the assessment it rests on ($assessmentId,
// may be null), and its roles (役割分担).
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (h:Household {id: $householdId})
CREATE (pl:SupportPlan {id: $planId, status: 'DRAFT', goals: $goals, needs: $needs, created: $today,
                        monitoringDate: $monitoringDate, recordedBy: $staffId})
CREATE (me)-[:COORDINATES]->(pl)-[:FOR]->(h)
WITH pl
OPTIONAL MATCH (assessment:Assessment {id: $assessmentId})
FOREACH (_ IN CASE WHEN assessment IS NULL THEN [] ELSE [1] END | CREATE (pl)-[:BASED_ON]->(assessment))
WITH pl
CALL (pl) {
  UNWIND $roles AS role
  MATCH (a:Agency {id: role.agencyId})
  CREATE (pl)-[:ASSIGNS]->(r:PlanRole {id: role.id, role: role.role, field: role.field, since: $today})-[:TO]->(a)
  WITH r, role
  OPTIONAL MATCH (p:Person {id: role.personId})
  FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (r)-[:CONCERNS]->(p))
}
RETURN pl.id AS planId
