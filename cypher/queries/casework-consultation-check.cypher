// recordConsultation, before writing: does the person (or the new household's area) exist, which agency
// the user works at, and whether it holds an open case about the person (a consultation then extends it) or
// not (then the person must be identified at the window: WindowIdentification); and whether the 相談会
// session it names ($sessionId, or none) exists.
OPTIONAL MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (area:Area {id: $areaId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN p IS NOT NULL AS personExists, h.id AS householdId, area IS NOT NULL AS areaExists, me.id AS agencyId,
       EXISTS { MATCH (me)-[:HOLDS]->(:Case {status: 'OPEN'})-[:ABOUT]->(p) } AS holdsOpenCase,
       $sessionId IS NULL OR EXISTS { (:ActivitySession {id: $sessionId}) } AS sessionExists
