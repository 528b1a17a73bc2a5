// importSupportMap: one 支えあいマップ import of area $areaId by the signed-in staff member's agency
// (IMPORTED_MAP, MAP_OF), the new ties it draws ($ties: as tie-record.cypher writes one, DREW from the
// import) and the ties it confirms ($confirmations: lastConfirmedOn moves to the drawing day, never back).
// The service has checked every person and watcher against the reader's basis.
MATCH (staff:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (area:Area {id: $areaId})
CREATE (me)-[:IMPORTED_MAP]->(drawing:SupportMapImport {id: $importId, drawnBy: $drawnBy, drawnOn: $drawnOn,
         fileName: $fileName, linesRead: $linesRead, recorded: size($ties), confirmed: size($confirmations),
         skipped: $skipped, importedAt: datetime(), importedBy: $staffId})-[:MAP_OF]->(area)
WITH me, drawing
CALL (me, drawing) {
  UNWIND $ties AS row
  MATCH (p:Person {id: row.personId})
  CREATE (t:Tie {id: row.tieId, kind: row.kind, frequency: row.frequency, watcherRole: row.watcherRole,
                 watcherName: row.watcherName, watcherMayBeNamed: row.watcherMayBeNamed, since: row.since,
                 note: row.note, recordedAt: datetime(), recordedBy: $staffId})
  CREATE (me)-[:RECORDED_TIE]->(t)-[:WATCHES_OVER]->(p)
  CREATE (drawing)-[:DREW]->(t)
  WITH t, row
  CALL (t, row) {
    MATCH (w:Person {id: row.watcherPersonId})
    CREATE (t)-[:WATCHER]->(w)
  }
}
CALL (drawing) {
  UNWIND $confirmations AS tieId
  MATCH (t:Tie {id: tieId})
  WHERE t.lastConfirmedOn IS NULL OR t.lastConfirmedOn < $drawnOn
  SET t.lastConfirmedOn = $drawnOn, t.confirmedBy = $staffId
}
RETURN drawing.id AS importId
