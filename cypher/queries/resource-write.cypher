// createResource / updateResource: one resource, its area and operator. $create false: the resource
// must exist (ResourceEditService checked).
MERGE (r:Resource {id: $resourceId})
SET r.name = $name, r.nameKana = $nameKana, r.kind = $kind, r.address = $address, r.phone = $phone,
    r.location = point({latitude: $latitude, longitude: $longitude}), r.locationApproximate = false,
    r.offers = $offers, r.note = $note, r.updatedAt = datetime(), r.updatedBy = $staffId
WITH r
CALL (r) {
  OPTIONAL MATCH (r)-[old:IN_AREA]->()
  DELETE old
}
CALL (r) {
  OPTIONAL MATCH (r)<-[old:RUNS]-()
  DELETE old
}
CALL (r) {
  OPTIONAL MATCH (area:Area {id: $areaId})
  FOREACH (_ IN CASE WHEN area IS NULL THEN [] ELSE [1] END | CREATE (r)-[:IN_AREA]->(area))
}
CALL (r) {
  OPTIONAL MATCH (operator:Agency {id: $operatorAgencyId})
  FOREACH (_ IN CASE WHEN operator IS NULL THEN [] ELSE [1] END | CREATE (operator)-[:RUNS]->(r))
}
RETURN {{projection.resource(r)}} AS resource
