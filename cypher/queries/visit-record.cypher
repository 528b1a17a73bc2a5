// recordVisit: the signed-in staff member's visit, made by their agency, with its purpose and the next
// visit planned; MET to each member the visitor spoke with by name ($metPersonIds, checked by the
// service to be members of the household the user may see).
MATCH (staff:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (h:Household {id: $householdId})
CREATE (v:Visit {id: $visitId, date: $date, outcome: $outcome, purpose: $purpose, nextVisitOn: $nextVisitOn,
                 note: $note, recordedAt: datetime()})
CREATE (me)-[:MADE_VISIT]->(v)-[:TO]->(h)
CREATE (v)-[:BY]->(staff)
WITH v, h
CALL (v, h) {
  UNWIND $metPersonIds AS personId
  MATCH (p:Person {id: personId})-[:MEMBER_OF]->(h)
  CREATE (v)-[:MET]->(p)
}
RETURN v.id AS visitId
