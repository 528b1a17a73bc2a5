// auditTrail(personId): who read (or was refused) this person's data, or their household's, newest first.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
WITH ['person:' + p.id] + CASE WHEN h IS NULL THEN [] ELSE ['household:' + h.id] END AS keys
MATCH (s:AuditSubject)<-[:CONCERNS|TOUCHED]-(e:AuditEvent)
WHERE s.key IN keys
WITH DISTINCT e ORDER BY e.sequence DESC LIMIT $limit
RETURN e {.*, time: null} AS event
