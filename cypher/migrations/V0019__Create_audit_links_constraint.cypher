// Where linking the audit events to their subjects has got to (AuditLinks, one node): appends chain and
// commit events on the request's path; the links auditTrail reads are made after, in the background.
CREATE CONSTRAINT audit_links_id IF NOT EXISTS FOR (n:AuditLinks) REQUIRE n.id IS UNIQUE;
