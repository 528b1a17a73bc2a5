// area(id): one area, or no row.
MATCH (area:Area {id: $areaId})
RETURN area {.id, .name, .kind, .municipality} AS area
