// Declares sessions held of an activity (recordActivitySession: ActivitySession, HELD_SESSION, OF, STAFFED_BY
// and their keys) and the consultations taken at one (TAKEN_AT), as V0013 does, so the named queries plan
// without an "unknown" notification on a graph where none was recorded yet. No data stays.
CREATE (a:VocabularyDeclaration)-[:HELD_SESSION]->(s:ActivitySession:VocabularyDeclaration
         {id: 'vocabulary-declaration', date: date(), attendees: 0, consulters: 0, note: '', recordedAt: datetime(),
          recordedBy: ''})-[:OF]->(x:VocabularyDeclaration)
CREATE (s)-[:STAFFED_BY]->(x)
CREATE (c:VocabularyDeclaration)-[:TAKEN_AT]->(s)
WITH a, s, x, c
DETACH DELETE a, s, x, c;
