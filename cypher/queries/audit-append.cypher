// Audit append, step 2: create the events (hashes computed by AuditLog), link them to the persons and
// households they concern, and move the chain head. Nothing else ever writes AuditEvent nodes.
MATCH (chain:AuditChain {id: 'main'})
SET chain.sequence = $sequence, chain.lastHash = $lastHash
WITH chain
UNWIND $events AS event
CREATE (e:AuditEvent)
SET e = event, e.time = datetime(event.at)
WITH e, event
CALL (e, event) {
  UNWIND event.shownPersonIds AS personId
  MATCH (p:Person {id: personId})
  CREATE (e)-[:CONCERNS {outcome: 'SHOWN'}]->(p)
}
CALL (e, event) {
  UNWIND event.withheldPersonIds AS personId
  MATCH (p:Person {id: personId})
  CREATE (e)-[:CONCERNS {outcome: 'WITHHELD'}]->(p)
}
CALL (e, event) {
  UNWIND event.householdIds AS householdId
  MATCH (h:Household {id: householdId})
  CREATE (e)-[:TOUCHED]->(h)
}
RETURN count(e) AS appended
