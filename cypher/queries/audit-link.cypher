// Audit append, step 3 (its own transaction, after the chain commit and outside its lock): link the
// new events to the AuditSubject of each person and household they concern, for auditTrail. The
// person and household ids are also properties of each event (hashed), so a failed link loses no
// record. AuditSubject nodes belong to the audit log alone, so appends never touch the Person and
// Household nodes that concurrent reads traverse.
UNWIND $sequences AS sequence
MATCH (e:AuditEvent {sequence: sequence})
CALL (e) {
  UNWIND e.shownPersonIds AS personId
  MERGE (s:AuditSubject {key: 'person:' + personId})
  CREATE (e)-[:CONCERNS {outcome: 'SHOWN'}]->(s)
}
CALL (e) {
  UNWIND e.withheldPersonIds AS personId
  MERGE (s:AuditSubject {key: 'person:' + personId})
  CREATE (e)-[:CONCERNS {outcome: 'WITHHELD'}]->(s)
}
CALL (e) {
  UNWIND e.householdIds AS householdId
  MERGE (s:AuditSubject {key: 'household:' + householdId})
  CREATE (e)-[:TOUCHED]->(s)
}
RETURN count(e) AS linked
