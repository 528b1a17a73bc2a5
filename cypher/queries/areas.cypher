// areas: every area, by id.
MATCH (area:Area)
RETURN {{projection.area(area)}} AS area
ORDER BY area.id
