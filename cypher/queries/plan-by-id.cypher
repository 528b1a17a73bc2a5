// One plan with its coordinator, household, status history and roles (used by the plan mutations).
MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan {id: $planId})-[:FOR]->(h:Household)
RETURN {{plan.record}}
