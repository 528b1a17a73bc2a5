// auditChain, the journals (JournalVerification): every journal's position in the database, and every
// event copied from a journal line, by journal and line, for comparison with the journal files.
RETURN COLLECT { MATCH (j:AuditJournal) RETURN {journal: j.id, shipped: j.shipped} AS position } AS positions,
       COLLECT { MATCH (e:AuditEvent) WHERE e.journal IS NOT NULL
                 RETURN e {.*, time: null} AS event ORDER BY e.journal, e.journalSequence } AS events
