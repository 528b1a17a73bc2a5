// Audit append, step 1 (same transaction as step 2): take the write lock on the chain head, read the
// last sequence and hash, and the current agency of each staff member being recorded.
MATCH (chain:AuditChain {id: 'main'})
SET chain.lockedAt = datetime()
RETURN chain.sequence AS sequence, chain.lastHash AS lastHash,
       COLLECT { UNWIND $staffIds AS staffId
                 MATCH (:Staff {id: staffId})-[:WORKS_AT]->(a:Agency)
                 RETURN {staffId: staffId, agencyId: a.id} AS membership } AS memberships
