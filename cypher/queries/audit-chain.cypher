// auditChain (ChainVerification): the head and how many events there are, read together before the events are
// walked a page at a time.
MATCH (chain:AuditChain {id: 'main'})
RETURN chain.sequence AS headSequence, chain.lastHash AS headHash, COUNT { (e:AuditEvent) } AS events
