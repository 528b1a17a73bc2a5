// auditTrail(personId): who read (or was refused) this person's data, or their household's, newest first.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
CALL (p, h) {
  MATCH (e:AuditEvent)-[:CONCERNS]->(p) RETURN e
  UNION
  MATCH (e:AuditEvent)-[:TOUCHED]->(h) RETURN e
}
WITH e ORDER BY e.sequence DESC LIMIT $limit
RETURN e {.*, time: null} AS event
