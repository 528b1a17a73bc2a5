// households(first, after, filter): the reader's candidate households — those its agency may have a
// basis for (section "candidates" of fragments/access.cypher) — after the cursor id, in id order, at most
// $limit, each with the access facts. HouseholdService keeps the ones AccessPolicy finds visible and
// asks again from the last candidate while the page is not full, so the page lists exactly what
// household(id) calls visible (the same facts, the same decision).
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CALL (me) {
{{access.candidates}}
}
WITH me, h
WHERE h.id > $afterId
  AND ($areaId IS NULL OR EXISTS { (h)-[:IN_AREA]->(:Area {id: $areaId}) })
  AND all(pattern IN $patterns WHERE pattern IN h.patterns)
WITH me, h ORDER BY h.id LIMIT $limit
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h {.id, .patterns, .address,
          location: {latitude: h.location.latitude, longitude: h.location.longitude,
                     approximate: coalesce(h.locationApproximate, false)}} AS household,
       area {.id, .name, .kind, .municipality} AS area,
       {{access.facts}} AS access
ORDER BY h.id
