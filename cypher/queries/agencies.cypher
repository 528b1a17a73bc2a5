// agencies(field, areaId): agencies of a field and/or serving an area, by reading (名称_カナ, 五十音順). Null filters match all.
MATCH (a:Agency)
WHERE ($field IS NULL OR a.field = $field)
  AND ($areaId IS NULL OR EXISTS { (a)-[:SERVES]->(:Area {id: $areaId}) })
RETURN {{projection.agency(a)}} AS agency
ORDER BY coalesce(a.nameKana, a.name), a.id
