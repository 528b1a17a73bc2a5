// auditChain, the journals (JournalVerification): one page of the events copied from a journal's lines, after
// line $after, in line order (index audit_event_journal_line, V0045).
MATCH (e:AuditEvent)
WHERE e.journal = $journal AND e.journalSequence > $after
RETURN e.journalSequence AS line, e {.*, time: null} AS event
ORDER BY e.journalSequence
LIMIT $size
