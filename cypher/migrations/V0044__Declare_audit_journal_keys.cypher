// The names the audit journal's queries read (AuditJournal.shipped, AuditEvent.journal and journalSequence,
// and AuditEvent.time, by which the trail now orders),
// declared before the first shipping brings them, as V0013 does. No data stays.
CREATE (j:VocabularyDeclaration:AuditJournal {id: 'vocabulary-declaration', shipped: 0, shippedAt: datetime()})
CREATE (e:VocabularyDeclaration {journal: '', journalSequence: 0, time: datetime()})
WITH j, e
DETACH DELETE j, e;
