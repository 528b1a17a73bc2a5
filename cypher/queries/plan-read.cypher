// plan(id): one plan as plan-by-id reads it, with the reader's access facts for its household
// (section "facts" of fragments/access.cypher). No row: no such plan.
MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan {id: $planId})-[:FOR]->(h:Household)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN {{plan.record}}, {{access.facts}} AS access
