// auditChain, the journals (JournalVerification): the last line of a journal the database holds a copy of
// (null: none), to find a database ahead of its journal file.
MATCH (e:AuditEvent)
WHERE e.journal = $journal
RETURN max(e.journalSequence) AS lastCopied
