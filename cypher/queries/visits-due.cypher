// visitsDue: the households the user's agency visits whose next visit, as planned at its latest visit
// there (Visit.nextVisitOn), falls on or before $until. A later visit by the
// agency replaces the plan: its own nextVisitOn, or none. Only in the areas $areaIds (the one asked for, or
// the CSW's 担当圏域); null: every area. Overdue first. The address is read with the
// reader's access facts (section "facts" of fragments/access.cypher); AccessPolicy decides whether it
// shows, as for Household.address — a visit made opens nothing.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)-[:MADE_VISIT]->(v:Visit)-[:TO]->(h:Household)
WHERE $areaIds IS NULL OR EXISTS { (h)-[:IN_AREA]->(area:Area) WHERE area.id IN $areaIds }
WITH me, h, v
ORDER BY v.date DESC, v.recordedAt DESC
WITH me, h, head(collect(v)) AS last
WHERE last.nextVisitOn IS NOT NULL AND last.nextVisitOn <= $until
WITH me, h, last
ORDER BY last.nextVisitOn, h.id
LIMIT $limit
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h.id AS householdId, {{projection.area(area)}} AS area, last.date AS lastVisitOn,
       last.outcome AS lastOutcome, last.purpose AS purpose, last.nextVisitOn AS dueOn,
       h.address AS homeAddress, {{access.facts}} AS access
ORDER BY dueOn, householdId
