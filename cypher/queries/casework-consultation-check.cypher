// recordConsultation, before writing: does the person (or the new household's area) exist, and
// which agency does the user work at.
OPTIONAL MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (area:Area {id: $areaId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(mine:Agency)
RETURN p IS NOT NULL AS personExists, h.id AS householdId, area IS NOT NULL AS areaExists, mine.id AS agencyId
