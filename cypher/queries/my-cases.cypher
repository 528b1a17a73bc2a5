// myCases: the cases the reader's agency holds, by status (null: all), newest opened first, after the
// keyset cursor ($afterOpened, $afterId; null: from the start), at most $limit.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)-[:HOLDS]->(c:Case)-[:ABOUT]->(p:Person)
WHERE ($status IS NULL OR c.status = $status)
  AND ($afterId IS NULL OR c.opened < $afterOpened OR (c.opened = $afterOpened AND c.id > $afterId))
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
// the reader's agency is the case's, which {{case.record}} calls a
WITH me AS a, c, p, h ORDER BY c.opened DESC, c.id LIMIT $limit
RETURN {{case.record}}
