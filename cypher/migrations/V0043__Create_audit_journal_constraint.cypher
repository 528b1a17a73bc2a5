// The audit journals (graph-model.md "Audit"): one AuditJournal node per instance's journal file, holding how
// many of its lines the database's chain has copied.
CREATE CONSTRAINT audit_journal_id IF NOT EXISTS FOR (n:AuditJournal) REQUIRE n.id IS UNIQUE;
