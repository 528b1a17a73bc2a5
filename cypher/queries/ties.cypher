// ties(householdId), and one tie after a write: the ties of household $householdId's current members
// (those ended too when $includeEnded), or the tie $tieId; with the agency that recorded each, whether it
// is the reader's, the watcher when a resident, and the 支えあいマップ it was imported from. Whom they show
// to is AccessPolicy's and the Ties service's decision (graph-model.md, "Ties").
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CALL () {
  MATCH (:Household {id: $householdId})<-[:MEMBER_OF]-(p:Person)<-[:WATCHES_OVER]-(t:Tie)
  WHERE $includeEnded OR t.endedOn IS NULL
  RETURN t, p
  UNION
  MATCH (t:Tie {id: $tieId})-[:WATCHES_OVER]->(p:Person)
  RETURN t, p
}
MATCH (agency:Agency)-[:RECORDED_TIE]->(t)
OPTIONAL MATCH (t)-[:WATCHER]->(w:Person)
OPTIONAL MATCH (drawing:SupportMapImport)-[:DREW]->(t)
RETURN t {.id, .kind, .frequency, .watcherRole, .watcherName, .watcherMayBeNamed, .since, .lastConfirmedOn,
          .endedOn, .endReason, .note, recordedByMe: coalesce(agency = me, false), watcherPersonId: w.id,
          watcherPersonName: w.name} AS tie,
       p.id AS personId, agency.name AS recordedByAgency,
       CASE WHEN drawing IS NULL THEN null ELSE drawing {.id, .drawnBy, .drawnOn} END AS drawing
ORDER BY tie.since DESC, tie.id
