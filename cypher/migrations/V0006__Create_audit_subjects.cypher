// Audit events point at AuditSubject nodes ("person:<id>", "household:<id>"), not at Person or
// Household nodes: audit appends then never change what concurrent case-work reads traverse.
CREATE CONSTRAINT audit_subject_key IF NOT EXISTS FOR (n:AuditSubject) REQUIRE n.key IS UNIQUE;
