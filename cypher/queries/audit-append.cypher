// Audit append, step 2: create the events (hashes computed by AuditLog), link them to the AuditSubject
// of each person and household they concern, and move the chain head. AuditSubject nodes belong to the
// audit log alone, so appends never touch the Person and Household nodes that concurrent reads
// traverse. Nothing else ever writes AuditEvent nodes.
MATCH (chain:AuditChain {id: 'main'})
SET chain.sequence = $sequence, chain.lastHash = $lastHash
WITH chain
UNWIND $events AS event
CREATE (e:AuditEvent)
SET e = event, e.time = datetime(event.at)
WITH e, event
CALL (e, event) {
  UNWIND event.shownPersonIds AS personId
  MERGE (s:AuditSubject {key: 'person:' + personId})
  CREATE (e)-[:CONCERNS {outcome: 'SHOWN'}]->(s)
}
CALL (e, event) {
  UNWIND event.withheldPersonIds AS personId
  MERGE (s:AuditSubject {key: 'person:' + personId})
  CREATE (e)-[:CONCERNS {outcome: 'WITHHELD'}]->(s)
}
CALL (e, event) {
  UNWIND event.householdIds AS householdId
  MERGE (s:AuditSubject {key: 'household:' + householdId})
  CREATE (e)-[:TOUCHED]->(s)
}
RETURN count(e) AS appended
