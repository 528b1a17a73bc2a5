// Audit events are linked to their subjects one linker run at a time (AuditBatch, audit-link.cypher): the
// names audit-trail reads, declared before the first run brings them, as V0013 does.
CREATE (v:VocabularyDeclaration:AuditBatch {firstSequence: 0, lastSequence: 0})
CREATE (v)-[:NAMES]->(v)
WITH v
DETACH DELETE v;
