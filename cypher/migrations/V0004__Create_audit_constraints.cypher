// The audit log: events are numbered without gaps and the chain has one head.
CREATE CONSTRAINT audit_event_sequence IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.sequence IS UNIQUE;
CREATE CONSTRAINT audit_chain_id IF NOT EXISTS FOR (n:AuditChain) REQUIRE n.id IS UNIQUE;
