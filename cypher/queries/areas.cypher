// areas: every area, by id.
MATCH (area:Area)
RETURN area {.id, .name, .kind, .municipality} AS area
ORDER BY area.id
