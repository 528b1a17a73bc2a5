// saveAgency, after the rules were checked: the agency created or updated (public data), and, when
// $areaIds is given, the areas it serves replaced.
MERGE (a:Agency {id: $agencyId})
SET a.name = $name, a.nameKana = $nameKana, a.kind = $kind, a.field = $field, a.components = $components,
    a.operation = $operation, a.address = $address, a.phone = $phone,
    a.convenesSupportMeetings = coalesce($convenesSupportMeetings, a.convenesSupportMeetings),
    a.evacuationSupportHolder = coalesce($evacuationSupportHolder, a.evacuationSupportHolder),
    a.location = CASE WHEN $latitude IS NULL THEN a.location ELSE point({latitude: $latitude, longitude: $longitude}) END,
    a.locationApproximate = CASE WHEN $latitude IS NULL THEN a.locationApproximate ELSE false END,
    a.updatedAt = datetime(), a.updatedBy = $adminId
WITH a
CALL (a) {
  WITH a WHERE $areaIds IS NOT NULL
  OPTIONAL MATCH (a)-[old:SERVES]->(:Area)
  DELETE old
}
CALL (a) {
  WITH a WHERE $areaIds IS NOT NULL
  UNWIND $areaIds AS areaId
  MATCH (area:Area {id: areaId})
  CREATE (a)-[:SERVES]->(area)
}
RETURN a.id AS agencyId
