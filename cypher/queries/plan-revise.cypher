// revisePlan: what is given replaces what was there; $roles null keeps the roles, $assessmentId null the
// assessment the plan rests on.
MATCH (pl:SupportPlan {id: $planId})
SET pl.goals = coalesce($goals, pl.goals),
    pl.needs = coalesce($needs, pl.needs),
    pl.monitoringDate = coalesce($monitoringDate, pl.monitoringDate),
    pl.revised = $today
WITH pl
OPTIONAL MATCH (assessment:Assessment {id: $assessmentId})
OPTIONAL MATCH (pl)-[old:BASED_ON]->(:Assessment) WHERE assessment IS NOT NULL
DELETE old
WITH DISTINCT pl, assessment
FOREACH (_ IN CASE WHEN assessment IS NULL THEN [] ELSE [1] END | CREATE (pl)-[:BASED_ON]->(assessment))
WITH pl
CALL (pl) {
  WITH pl WHERE $roles IS NOT NULL
  OPTIONAL MATCH (pl)-[:ASSIGNS]->(old:PlanRole)
  DETACH DELETE old
}
CALL (pl) {
  WITH pl WHERE $roles IS NOT NULL
  UNWIND $roles AS role
  MATCH (a:Agency {id: role.agencyId})
  CREATE (pl)-[:ASSIGNS]->(r:PlanRole {id: role.id, role: role.role, field: role.field, since: $today})-[:TO]->(a)
  WITH r, role
  OPTIONAL MATCH (p:Person {id: role.personId})
  FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (r)-[:CONCERNS]->(p))
}
RETURN pl.id AS planId
