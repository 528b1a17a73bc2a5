// area(id): one area, or no row.
MATCH (area:Area {id: $areaId})
RETURN {{projection.area(area)}} AS area
