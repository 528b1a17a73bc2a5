// supportMap(areaId): what a 支えあいマップ (001) shows for area $areaId — the households needing support (a
// pattern, an isolation candidate among them, or someone watching over a member), their members, the ties
// in force on them (with the watcher when a resident, and where the watcher lives), and the places their
// members go (TAKES_PART_IN → the activity's venue) — with the reader's access facts (section "facts" of
// fragments/access.cypher) for each. SupportMapService decides what shows (graph-model.md "支えあいマップ").
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (area:Area {id: $areaId})
RETURN {{projection.area(area)}} AS area,
       COLLECT {
         MATCH (h:Household)-[:IN_AREA]->(area)
         WHERE h.location IS NOT NULL
           AND (size(coalesce(h.patterns, [])) > 0
                OR EXISTS { (:IsolationCandidate)-[:MEMBER_OF]->(h) }
                OR EXISTS { (t:Tie)-[:WATCHES_OVER]->(:Person)-[:MEMBER_OF]->(h) WHERE t.endedOn IS NULL })
         RETURN {
           householdId: h.id, latitude: h.location.latitude, longitude: h.location.longitude,
           patterns: coalesce(h.patterns, []),
           members: COLLECT { MATCH (p:Person)-[m:MEMBER_OF]->(h)
                              RETURN {id: p.id, name: p.name, relation: m.relation, isolated: p:IsolationCandidate}
                                AS member ORDER BY member.id },
           ties: COLLECT { MATCH (t:Tie)-[:WATCHES_OVER]->(p:Person)-[:MEMBER_OF]->(h)
                           WHERE t.endedOn IS NULL
                           MATCH (recorder:Agency)-[:RECORDED_TIE]->(t)
                           OPTIONAL MATCH (t)-[:WATCHER]->(w:Person)
                           OPTIONAL MATCH (w)-[:MEMBER_OF]->(home:Household)
                           RETURN {id: t.id, personId: p.id, kind: t.kind, frequency: t.frequency,
                                   watcherRole: t.watcherRole, watcherName: t.watcherName,
                                   watcherMayBeNamed: coalesce(t.watcherMayBeNamed, false),
                                   recordedByMe: coalesce(recorder = me, false), watcherPersonId: w.id,
                                   watcherPersonName: w.name, watcherLatitude: home.location.latitude,
                                   watcherLongitude: home.location.longitude} AS tie ORDER BY tie.id },
           places: COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(h), (p)-[:TAKES_PART_IN]->(act:Activity)-[:HELD_AT]->(r:Resource)
                             WHERE r.location IS NOT NULL
                             RETURN DISTINCT {personId: p.id, activity: act.name, resourceId: r.id, resource: r.name,
                                              latitude: r.location.latitude, longitude: r.location.longitude} AS place },
           access: {{access.facts}}
         } AS household
         ORDER BY household.householdId
       } AS households
