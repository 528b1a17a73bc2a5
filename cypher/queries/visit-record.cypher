// recordVisit: the signed-in staff member's visit, made by their agency.
MATCH (staff:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (h:Household {id: $householdId})
CREATE (v:Visit {id: $visitId, date: $date, outcome: $outcome, note: $note, recordedAt: datetime()})
CREATE (me)-[:MADE_VISIT]->(v)-[:TO]->(h)
CREATE (v)-[:BY]->(staff)
RETURN v.id AS visitId
