// Links audit events to the persons and households they concern, for auditTrail: the next $batch events
// after the last one linked (AuditLinks.sequence) become one AuditBatch — its range of sequence numbers,
// and the distinct subjects its events name as one list, `subjects` ("person:<id>", "household:<id>"),
// which the full-text index audit_batch_subjects (V0022) indexes element by element — then AuditLinks
// moves on. A hundred reads of the same fifty residents are then one batch naming fifty subjects, and
// naming them is one indexed property, not a relationship each (batches linked before V0022 have NAMES
// relationships to AuditSubject nodes instead). Run in the background by AuditLinker, so a request waits
// for its events to be chained and committed, not for this; until it has run, audit-trail.cypher finds
// the events by their id lists. Locks AuditLinks first, so two service instances never link the same
// event twice. Appends are committed in sequence order (each holds the chain head's lock until it
// commits), so the events after AuditLinks.sequence that a run sees have no gap.
MATCH (links:AuditLinks {id: 'main'})
SET links.lockedAt = datetime()
WITH links, links.sequence AS from
MATCH (e:AuditEvent)
WHERE e.sequence > from AND e.sequence <= from + $batch
WITH links, from, collect(e) AS events, max(e.sequence) AS to
CREATE (:AuditBatch {
  firstSequence: from + 1,
  lastSequence: to,
  subjects: COLLECT {
    UNWIND events AS e
    UNWIND [personId IN e.shownPersonIds + e.withheldPersonIds | 'person:' + personId]
           + [householdId IN e.householdIds | 'household:' + householdId] AS key
    RETURN DISTINCT key
  }
})
SET links.sequence = to
RETURN size(events) AS linked
