// recordConsultation, before writing: does the person (or the new household's area) exist, which agency
// the user works at, whether it holds an open case about the person (a consultation then extends it) or
// any case, and what the graph holds to check the person against what they told the window.
OPTIONAL MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (area:Area {id: $areaId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(mine:Agency)
RETURN p IS NOT NULL AS personExists, h.id AS householdId, area IS NOT NULL AS areaExists, mine.id AS agencyId,
       EXISTS { MATCH (mine)-[:HOLDS]->(:Case {status: 'OPEN'})-[:ABOUT]->(p) } AS holdsOpenCase,
       p.name AS name, p.nameKana AS nameKana, p.birthYear AS birthYear
