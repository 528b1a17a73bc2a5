// Household.plans: every plan for the household, as plan-by-id reads them, newest first.
MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan)-[:FOR]->(h:Household {id: $householdId})
WITH coordinator, pl, h ORDER BY pl.created DESC, pl.id
RETURN {{plan.record}}
