// auditTrail(personId): who read (or was refused) this person's data, or their household's, newest first.
// An event counts when its id lists name the person (shown or withheld) or the person's household. It is
// found, in this order, among the newest events the background linker has not reached yet (after
// AuditLinks.sequence), through the AuditBatch runs that NAMES the person's or the household's
// AuditSubject (then among that run's range of events), and through the links each event got in its own
// append before migration 0019. The unlinked ones are read first: an event linked meanwhile is then
// found through its batch.
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
  MATCH (s:AuditSubject)<-[:NAMES]-(run:AuditBatch)
  WHERE s.key IN keys
  WITH DISTINCT run, personId, householdId
  MATCH (e:AuditEvent)
  WHERE e.sequence >= run.firstSequence AND e.sequence <= run.lastSequence
    AND (personId IN e.shownPersonIds OR personId IN e.withheldPersonIds OR householdId IN e.householdIds)
  RETURN e
  UNION
  MATCH (s:AuditSubject)<-[:CONCERNS|TOUCHED]-(e:AuditEvent)
  WHERE s.key IN keys
  RETURN e
}
WITH DISTINCT e ORDER BY e.sequence DESC LIMIT $limit
RETURN e {.*, time: null} AS event
