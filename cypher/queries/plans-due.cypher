// plansDueForReview: ACTIVE or UNDER_REVIEW plans the user's agency coordinates or has a role in,
// whose monitoring date passed with no meeting discussing the household on or after it.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (pl:SupportPlan)-[:FOR]->(h:Household)
WHERE pl.status IN ['ACTIVE', 'UNDER_REVIEW'] AND pl.monitoringDate < $today
  AND (EXISTS { (me)-[:COORDINATES]->(pl) } OR EXISTS { (pl)-[:ASSIGNS]->(:PlanRole)-[:TO]->(me) })
  AND NOT EXISTS { MATCH (m:Meeting)-[:DISCUSSED]->(h) WHERE m.date >= pl.monitoringDate }
CALL (h) {
  OPTIONAL MATCH (m:Meeting)-[:DISCUSSED]->(h)
  RETURN max(m.date) AS lastMeeting
}
RETURN pl.id AS planId, h.id AS householdId, pl.status AS status, pl.monitoringDate AS monitoringDate,
       duration.inDays(pl.monitoringDate, $today).days AS daysOverdue, lastMeeting
ORDER BY daysOverdue DESC, planId
