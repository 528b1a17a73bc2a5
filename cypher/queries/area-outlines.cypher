// Area.outline, batched: each area's outline (public map data, a schematic polygon in the demo city).
UNWIND $areaIds AS areaId
MATCH (area:Area {id: areaId})
WHERE area.outline IS NOT NULL
RETURN areaId, [p IN area.outline | {latitude: p.latitude, longitude: p.longitude, approximate: true}] AS outline
