// auditTrail(personId): who read (or was refused) this person's data, or their household's, newest first.
// Events are found through their links to the person's and the household's AuditSubject and, for the
// newest ones the background linker has not reached yet (after AuditLinks.sequence), by the id lists
// they carry. The unlinked ones are read first: an event linked meanwhile is then found by its link.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
WITH p.id AS personId, h.id AS householdId,
     ['person:' + p.id] + CASE WHEN h IS NULL THEN [] ELSE ['household:' + h.id] END AS keys
CALL (personId, householdId, keys) {
  MATCH (links:AuditLinks {id: 'main'})
  MATCH (e:AuditEvent)
  WHERE e.sequence > links.sequence
    AND (personId IN e.shownPersonIds OR personId IN e.withheldPersonIds OR householdId IN e.householdIds)
  RETURN e
  UNION
  MATCH (s:AuditSubject)<-[:CONCERNS|TOUCHED]-(e:AuditEvent)
  WHERE s.key IN keys
  RETURN e
}
WITH DISTINCT e ORDER BY e.sequence DESC LIMIT $limit
RETURN e {.*, time: null} AS event
