// moveHousehold, after the rules were checked: the new address, the new point when given (else the old
// one stays, to be corrected later), and the new area when given.
MATCH (h:Household {id: $householdId})
SET h.address = $address,
    h.location = CASE WHEN $latitude IS NULL THEN h.location ELSE point({latitude: $latitude, longitude: $longitude}) END,
    h.locationApproximate = CASE WHEN $latitude IS NULL THEN h.locationApproximate ELSE false END
WITH h
OPTIONAL MATCH (newArea:Area {id: $areaId})
OPTIONAL MATCH (h)-[old:IN_AREA]->(:Area) WHERE newArea IS NOT NULL
DELETE old
WITH DISTINCT h, newArea
FOREACH (_ IN CASE WHEN newArea IS NULL THEN [] ELSE [1] END | CREATE (h)-[:IN_AREA]->(newArea))
