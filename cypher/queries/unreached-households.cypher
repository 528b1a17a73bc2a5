// unreachedHouseholds: households with signals and no agency contact since the first signal — no
// open case about any member, no visit that met the household. $areaId null: every area.
// The address shows to an agency assigned to reach the household (assignOutreach), in force today, when
// the purpose is OUTREACH: recording a signal or a visit opens nothing.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(mine:Agency)
MATCH (s:Signal)-[:ABOUT]->(h:Household)
WHERE $areaId IS NULL OR EXISTS { (h)-[:IN_AREA]->(:Area {id: $areaId}) }
WITH mine, h, collect(s) AS signals
WITH mine, h, signals, reduce(first = null, s IN signals |
       CASE WHEN first IS NULL OR s.date < first THEN s.date ELSE first END) AS firstSignal
WHERE NOT EXISTS { (:Case {status: 'OPEN'})-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h) }
  AND NOT EXISTS { MATCH (v:Visit {outcome: 'MET'})-[:TO]->(h) WHERE v.date >= firstSignal }
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h.id AS householdId, area {.id, .name, .kind, .municipality} AS area,
       size(signals) AS signalCount, firstSignal,
       reduce(last = null, s IN signals | CASE WHEN last IS NULL OR s.date > last THEN s.date ELSE last END) AS lastSignal,
       COLLECT { UNWIND signals AS x WITH DISTINCT x.source AS source RETURN source ORDER BY source } AS sources,
       COUNT { MATCH (v:Visit)-[:TO]->(h) WHERE v.date >= firstSignal } AS visitsWithoutContact,
       CASE WHEN $purpose = 'OUTREACH'
                 AND EXISTS { MATCH (h)<-[:FOR]-(oa:OutreachAssignment)-[:TO]->(mine)
                              WHERE oa.validFrom <= $today <= oa.validTo AND oa.revokedAt IS NULL }
            THEN h.address END AS address
ORDER BY lastSignal DESC, householdId
