// auditChain: every event in order, and the head, for AuditLog to recompute the hash chain.
MATCH (chain:AuditChain {id: 'main'})
RETURN chain.sequence AS headSequence, chain.lastHash AS headHash,
       COLLECT { MATCH (e:AuditEvent) RETURN e {.*, time: null} AS event ORDER BY e.sequence } AS events
