// The household of a person given by id, with the reader's access facts for it (section "facts" of
// fragments/access.cypher). No row: no such person (or a person in no household).
MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN h.id AS householdId, {{access.facts}} AS access
LIMIT 1
