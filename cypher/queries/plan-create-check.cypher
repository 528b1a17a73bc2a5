// createPlan, before writing: the user's agency, whether it holds an open case about a member of the
// household (the referral that makes it the household's coordinator), the members, a plan still
// running, the household's assessments (a plan names the one it rests on), and role agencies that do
// not exist.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
OPTIONAL MATCH (h:Household {id: $householdId})
RETURN me.id AS agencyId, coalesce(me.components, []) AS components, h IS NOT NULL AS householdExists,
       {{access.holds-open-case(h)}} AS holdsOpenCase,
       COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(h) RETURN p.id } AS memberIds,
       COLLECT { MATCH (pl:SupportPlan)-[:FOR]->(h) WHERE pl.status <> 'CLOSED' RETURN pl.id } AS runningPlanIds,
       COLLECT { MATCH (assessment:Assessment)-[:OF]->(h) RETURN assessment.id } AS assessmentIds,
       [id IN $roleAgencyIds WHERE NOT EXISTS { MATCH (:Agency {id: id}) }] AS unknownAgencies
