// The areas staff member $staffId covers (担当圏域, COVERS) and the place they are stationed at (配置拠点,
// STATIONED_AT): for `me`, for a staff account, and as the default scope of a CSW's lists.
MATCH (s:Staff {id: $staffId})
RETURN COLLECT { MATCH (s)-[:COVERS]->(area:Area) RETURN {{projection.area(area)}} AS covered ORDER BY area.id } AS areas,
       head(COLLECT { MATCH (s)-[:STATIONED_AT]->(resource:Resource) RETURN {{projection.resource(resource)}} AS place })
         AS stationedAt
