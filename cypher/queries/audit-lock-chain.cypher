// Audit append, when AuditLog does not know the head (first append of the process, another instance
// appended, a staff member moved agency): take the chain head's write lock, read the last sequence and
// hash, and the current agency of each staff member being recorded. audit-append follows in the same
// transaction, still holding the lock.
MATCH (chain:AuditChain {id: 'main'})
SET chain.lockedAt = datetime()
RETURN chain.sequence AS sequence, chain.lastHash AS lastHash,
       COLLECT { UNWIND $staffIds AS staffId
                 MATCH (:Staff {id: staffId})-[:WORKS_AT]->(a:Agency)
                 RETURN {staffId: staffId, agencyId: a.id} AS membership } AS memberships
