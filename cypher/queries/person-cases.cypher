// Member.cases: every case about one person with its consultations, oldest first, and the reader's
// access facts for the person's household.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
WITH p, h, me, {{access.facts}} AS access
MATCH (a:Agency)-[:HOLDS]->(c:Case)-[:ABOUT]->(p)
WITH p, h, a, c, access ORDER BY c.opened, c.id
RETURN {{case.record}}, access
