// setStaffAreas: the areas staff member $staffId covers (COVERS) and the place they are stationed at
// (STATIONED_AT; none when $resourceId is null) become these, replacing what was there; who changed them
// and when is kept on the staff member.
MATCH (s:Staff {id: $staffId})
CALL (s) {
  MATCH (s)-[old:COVERS|STATIONED_AT]->()
  DELETE old
}
CALL (s) {
  UNWIND $areaIds AS areaId
  MATCH (area:Area {id: areaId})
  MERGE (s)-[:COVERS]->(area)
}
CALL (s) {
  MATCH (place:Resource {id: $resourceId})
  MERGE (s)-[:STATIONED_AT]->(place)
}
SET s.areasChangedAt = datetime(), s.areasChangedBy = $adminId
