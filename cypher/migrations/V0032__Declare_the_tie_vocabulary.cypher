// Ties (recordTie, confirmTie, endTie; graph-model.md "Ties"): the labels, relationship
// types and property keys declared as V0013 does, so the named queries plan without an "unknown"
// notification on a graph where no tie was recorded yet. No data stays.
CREATE (a:VocabularyDeclaration)-[:RECORDED_TIE]->(t:Tie:VocabularyDeclaration
         {id: 'vocabulary-declaration', kind: '', frequency: '', watcherRole: '', watcherName: '',
          watcherMayBeNamed: false, since: date(), lastConfirmedOn: date(), confirmedBy: '', endedOn: date(),
          endReason: '', endedBy: '', note: '', recordedAt: datetime(), recordedBy: ''})
       -[:WATCHES_OVER]->(p:VocabularyDeclaration)
CREATE (t)-[:WATCHER]->(p)
WITH a, t, p
DETACH DELETE a, t, p;
