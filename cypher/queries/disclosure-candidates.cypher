// 開示請求: the persons born in $birthYear (as the requester's identity document says), with their household's
// address and area; the service keeps those whose name or kana matches the one presented, once normalised.
MATCH (p:Person {birthYear: $birthYear})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN p {.id, .name, .nameKana, .birthYear} AS person, h.id AS householdId, h.address AS address,
       {{projection.area(area)}} AS area
ORDER BY p.id
