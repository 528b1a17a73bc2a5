// Every event appended before this migration was linked in its own append: linking starts after the
// chain's current head. The declaration node lets audit-trail and audit-link, which read the events'
// id lists, plan without an "unknown property" notification before the first event (see V0013); it
// does not stay.
CREATE (v:VocabularyDeclaration {shownPersonIds: [''], withheldPersonIds: [''], householdIds: ['']})
WITH v
DELETE v
WITH count(*) AS declared
MATCH (c:AuditChain {id: 'main'})
MERGE (l:AuditLinks {id: 'main'})
  ON CREATE SET l.sequence = c.sequence;
