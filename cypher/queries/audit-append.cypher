// Audit append, step 2 (same transaction as step 1, under the chain lock): create the events (hashes
// computed by AuditLog) and move the chain head. Kept this small on purpose: every request that read
// personal data waits for this lock. Nothing else ever writes AuditEvent nodes.
MATCH (chain:AuditChain {id: 'main'})
SET chain.sequence = $sequence, chain.lastHash = $lastHash
WITH chain
UNWIND $events AS event
CREATE (e:AuditEvent)
SET e = event, e.time = datetime(event.at)
RETURN count(e) AS appended
