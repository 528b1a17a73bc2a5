// recordTie: a tie of person $personId (WATCHES_OVER), recorded by the signed-in staff member's agency
// (RECORDED_TIE); WATCHER to the watcher when they are a resident in the graph ($watcherPersonId, checked
// by the service). The watcher's name as told stays on the tie, read only as graph-model.md "Ties" says.
MATCH (staff:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (p:Person {id: $personId})
CREATE (t:Tie {id: $tieId, kind: $kind, frequency: $frequency, watcherRole: $watcherRole,
               watcherName: $watcherName, watcherMayBeNamed: $watcherMayBeNamed, since: $since, note: $note,
               recordedAt: datetime(), recordedBy: $staffId})
CREATE (me)-[:RECORDED_TIE]->(t)-[:WATCHES_OVER]->(p)
WITH t
CALL (t) {
  MATCH (w:Person {id: $watcherPersonId})
  CREATE (t)-[:WATCHER]->(w)
}
RETURN t.id AS tieId
