// case(id): one case with its consultations, and the reader's access facts for the person's household
// (section "facts" of fragments/access.cypher). No row: no such case.
MATCH (a:Agency)-[:HOLDS]->(c:Case {id: $caseId})-[:ABOUT]->(p:Person)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN {{case.record}}, {{access.facts}} AS access
