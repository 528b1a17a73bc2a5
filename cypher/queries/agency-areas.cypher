// Agency.areas, batched: the areas each agency serves, by id.
UNWIND $agencyIds AS agencyId
MATCH (:Agency {id: agencyId})-[:SERVES]->(area:Area)
WITH agencyId, area ORDER BY area.id
RETURN agencyId, collect({{projection.area(area)}}) AS areas
