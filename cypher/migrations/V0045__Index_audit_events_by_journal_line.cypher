// The audit events by the journal line they were copied from (graph-model.md "Audit"): auditChain compares each
// journal with the database's copy a page of lines at a time, and asks for the last line copied.
CREATE INDEX audit_event_journal_line IF NOT EXISTS FOR (e:AuditEvent) ON (e.journal, e.journalSequence);
