// supportMapImportPreview / importSupportMap: area $areaId and its residents — each with the household's
// address, the reader's access facts for it (section "facts" of fragments/access.cypher) and the ties in
// force on them (so a line already recorded is found) — that a 支えあいマップ's lines are matched against.
// SupportMapImports decides which residents may be candidates (graph-model.md "Ties").
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (area:Area {id: $areaId})
RETURN {{projection.area(area)}} AS area,
       COLLECT {
         MATCH (h:Household)-[:IN_AREA]->(area)
         MATCH (p:Person)-[:MEMBER_OF]->(h)
         RETURN {person: p {.id, .name, .nameKana, .birthYear}, householdId: h.id, address: h.address,
                 access: {{access.facts}},
                 ties: COLLECT { MATCH (t:Tie)-[:WATCHES_OVER]->(p)
                                 WHERE t.endedOn IS NULL
                                 OPTIONAL MATCH (t)-[:WATCHER]->(w:Person)
                                 RETURN {id: t.id, kind: t.kind, watcherName: t.watcherName, watcherPersonId: w.id,
                                         since: t.since, lastConfirmedOn: t.lastConfirmedOn} AS tie }}
           AS resident
         ORDER BY resident.person.id
       } AS residents
