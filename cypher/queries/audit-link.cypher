// Links audit events to the AuditSubject of each person and household they concern, for auditTrail:
// the next $batch events after the last one linked (AuditLinks.sequence), in sequence order, then moves
// AuditLinks on. Run in the background by AuditLinker, so a request waits for its events to be chained
// and committed, not for these links; until they exist audit-trail.cypher finds the events by their id
// lists. Locks AuditLinks first, so two service instances never link the same event twice. Each subject
// is merged once per run, however many events name it. AuditSubject nodes belong to the audit log
// alone, so linking never touches the Person and Household nodes that concurrent reads traverse.
// Appends are committed in sequence order (each holds the chain head's lock until it commits), so the
// events after AuditLinks.sequence that a run sees have no gap.
MATCH (links:AuditLinks {id: 'main'})
SET links.lockedAt = datetime()
WITH links, links.sequence AS from
MATCH (e:AuditEvent)
WHERE e.sequence > from AND e.sequence <= from + $batch
WITH links, collect(e) AS events
CALL (events) {
  UNWIND events AS e
  UNWIND [personId IN e.shownPersonIds + e.withheldPersonIds | 'person:' + personId]
         + [householdId IN e.householdIds | 'household:' + householdId] AS key
  WITH DISTINCT key
  MERGE (:AuditSubject {key: key})
}
UNWIND events AS e
CALL (e) {
  UNWIND e.shownPersonIds AS personId
  MATCH (s:AuditSubject {key: 'person:' + personId})
  CREATE (e)-[:CONCERNS {outcome: 'SHOWN'}]->(s)
}
CALL (e) {
  UNWIND e.withheldPersonIds AS personId
  MATCH (s:AuditSubject {key: 'person:' + personId})
  CREATE (e)-[:CONCERNS {outcome: 'WITHHELD'}]->(s)
}
CALL (e) {
  UNWIND e.householdIds AS householdId
  MATCH (s:AuditSubject {key: 'household:' + householdId})
  CREATE (e)-[:TOUCHED]->(s)
}
WITH links, max(e.sequence) AS to, count(e) AS linked
SET links.sequence = to
RETURN linked
