// Area.agencies, batched: the agencies serving each area, by reading (名称_カナ, 五十音順).
UNWIND $areaIds AS areaId
MATCH (a:Agency)-[:SERVES]->(:Area {id: areaId})
WITH areaId, a ORDER BY coalesce(a.nameKana, a.name), a.id
RETURN areaId, collect({{projection.agency(a)}}) AS agencies
