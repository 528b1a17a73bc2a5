// A linker run (AuditBatch) keeps the persons and households its events name as one list, `subjects`
// ("person:<id>", "household:<id>"), indexed whole-value by this full-text index (keyword analyzer: each
// element one term), so auditTrail finds the runs that name someone with one index lookup. Before, a run
// had one NAMES relationship per distinct subject (V0021): creating them was most of the linker's work.
CREATE FULLTEXT INDEX audit_batch_subjects IF NOT EXISTS
FOR (n:AuditBatch) ON EACH [n.subjects]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
