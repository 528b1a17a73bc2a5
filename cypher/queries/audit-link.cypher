// Links audit events to the AuditSubject of each person and household they concern, for auditTrail: the
// next $batch events after the last one linked (AuditLinks.sequence) become one AuditBatch — its range
// of sequence numbers, and one NAMES relationship to each distinct subject its events name — then
// AuditLinks moves on. A hundred reads of the same fifty residents are then one batch with fifty links,
// not five thousand. Run in the background by AuditLinker, so a request waits for its events to be
// chained and committed, not for these links; until they exist audit-trail.cypher finds the events by
// their id lists. Locks AuditLinks first, so two service instances never link the same event twice.
// AuditSubject nodes belong to the audit log alone, so linking never touches the Person and Household
// nodes that concurrent reads traverse. Appends are committed in sequence order (each holds the chain
// head's lock until it commits), so the events after AuditLinks.sequence that a run sees have no gap.
MATCH (links:AuditLinks {id: 'main'})
SET links.lockedAt = datetime()
WITH links, links.sequence AS from
MATCH (e:AuditEvent)
WHERE e.sequence > from AND e.sequence <= from + $batch
WITH links, from, collect(e) AS events, max(e.sequence) AS to
CREATE (run:AuditBatch {firstSequence: from + 1, lastSequence: to})
WITH links, run, events, to
CALL (run, events) {
  UNWIND events AS e
  UNWIND [personId IN e.shownPersonIds + e.withheldPersonIds | 'person:' + personId]
         + [householdId IN e.householdIds | 'household:' + householdId] AS key
  WITH DISTINCT key
  MERGE (s:AuditSubject {key: key})
  CREATE (run)-[:NAMES]->(s)
}
SET links.sequence = to
RETURN size(events) AS linked
