// auditTrail(personId): who read (or was refused) this person's data, or their household's, newest first.
// An event counts when its id lists name the person (shown or withheld) or the person's household. It is
// found, in this order, among the newest events the background linker has not reached yet (after
// AuditLinks.sequence); through the AuditBatch runs whose `subjects` name the person or the household
// (the full-text index audit_batch_subjects, keyword analyzer: the Lucene query is the keys quoted, each
// a whole term), then among that run's range of events; through the runs linked before migration 0022,
// which NAMES the person's or household's AuditSubject; and through the links each event got in its own
// append before migration 0019. Where the linker stands is read once, before any branch runs: an event
// linked after that is still after it, and one linked before is in a batch the index already holds —
// whatever order the branches run in, the linker moving meanwhile hides nothing.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
MATCH (links:AuditLinks {id: 'main'})
WITH p.id AS personId, h.id AS householdId, links.sequence AS linkedUpTo,
     ['person:' + p.id] + CASE WHEN h IS NULL THEN [] ELSE ['household:' + h.id] END AS keys
WITH personId, householdId, linkedUpTo, keys,
     reduce(query = '', key IN keys |
            query + CASE query WHEN '' THEN '' ELSE ' OR ' END
            + '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"') AS subjectQuery
CALL (personId, householdId, linkedUpTo, keys, subjectQuery) {
  MATCH (e:AuditEvent)
  WHERE e.sequence > linkedUpTo
    AND (personId IN e.shownPersonIds OR personId IN e.withheldPersonIds OR householdId IN e.householdIds)
  RETURN e
  UNION
  CALL db.index.fulltext.queryNodes('audit_batch_subjects', subjectQuery) YIELD node AS run
  WITH DISTINCT run, personId, householdId
  MATCH (e:AuditEvent)
  WHERE e.sequence >= run.firstSequence AND e.sequence <= run.lastSequence
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
WITH DISTINCT e ORDER BY e.time DESC, e.sequence DESC LIMIT $limit
RETURN e {.*, time: null} AS event
