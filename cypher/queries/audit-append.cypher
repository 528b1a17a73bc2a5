// Audit append: the one statement that writes AuditEvent nodes (a batch of them, from every request
// waiting on AuditWriter). It takes the chain head's write lock first, then appends only if the head
// is where AuditLog computed the hashes from ($expectedSequence, $expectedHash) and every staff
// member still works at the agency recorded (hashed) in their events; otherwise it writes nothing and
// returns 0 rows, and AuditLog reads the head under the lock (audit-lock-chain) and tries once more.
// The events are linked to the AuditSubject of each person and household they concern (for
// auditTrail) afterwards, in the background: audit-link.cypher.
MATCH (chain:AuditChain {id: 'main'})
SET chain.lockedAt = datetime()
WITH chain
WHERE chain.sequence = $expectedSequence AND chain.lastHash = $expectedHash
  AND all(m IN $memberships WHERE
        CASE WHEN m.agencyId IS NULL
             THEN NOT EXISTS { (:Staff {id: m.staffId})-[:WORKS_AT]->(:Agency) }
             ELSE EXISTS { (:Staff {id: m.staffId})-[:WORKS_AT]->(:Agency {id: m.agencyId}) } END)
SET chain.sequence = $sequence, chain.lastHash = $lastHash
WITH chain
UNWIND $events AS event
CREATE (e:AuditEvent)
SET e = event, e.time = datetime(event.at)
RETURN count(e) AS appended
