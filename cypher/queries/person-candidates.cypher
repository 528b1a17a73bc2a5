// 名寄せ: the persons born in one of $birthYears, with their household, its address and area, and the
// reader's access facts for it (section "facts" of fragments/access.cypher); the service compares the
// names after normalising them and keeps the matches.
MATCH (p:Person) WHERE p.birthYear IN $birthYears
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN p {.id, .name, .nameKana, .birthYear} AS person, h.id AS householdId, h.address AS address,
       {{projection.area(area)}} AS area,
       CASE WHEN h IS NULL THEN null ELSE {{access.facts}} END AS access
