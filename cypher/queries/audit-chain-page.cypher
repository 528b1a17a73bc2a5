// auditChain (ChainVerification): one page of the events after sequence $after, in chain order (the unique
// index on AuditEvent.sequence, V0004).
MATCH (e:AuditEvent)
WHERE e.sequence > $after
RETURN e {.*, time: null} AS event
ORDER BY e.sequence
LIMIT $size
