// unreachedHouseholds: households with signals and no agency contact since the first signal — no
// open case about any member, no visit that spoke with the household (fragments/visit.cypher). Only in the
// areas $areaIds (the one asked for, or the CSW's 担当圏域); null: every area.
// The address is read with the reader's access facts (section "facts" of fragments/access.cypher);
// AccessPolicy decides whether it shows, as for Household.address: a member's identity basis, or an
// outreach assignment in force for OUTREACH — recording a signal or a visit opens nothing.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (s:Signal)-[:ABOUT]->(h:Household)
WHERE $areaIds IS NULL OR EXISTS { (h)-[:IN_AREA]->(area:Area) WHERE area.id IN $areaIds }
WITH me, h, collect(s) AS signals
WITH me, h, signals, reduce(first = null, s IN signals |
       CASE WHEN first IS NULL OR s.date < first THEN s.date ELSE first END) AS firstSignal
WHERE NOT EXISTS { (:Case {status: 'OPEN'})-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h) }
  AND NOT EXISTS { MATCH (v:Visit)-[:TO]->(h) WHERE v.date >= firstSignal AND {{visit.contact(v)}} }
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h.id AS householdId, {{projection.area(area)}} AS area,
       size(signals) AS signalCount, firstSignal,
       reduce(last = null, s IN signals | CASE WHEN last IS NULL OR s.date > last THEN s.date ELSE last END) AS lastSignal,
       COLLECT { UNWIND signals AS x WITH DISTINCT x.source AS source RETURN source ORDER BY source } AS sources,
       COUNT { MATCH (v:Visit)-[:TO]->(h) WHERE v.date >= firstSignal } AS visitsWithoutContact,
       h.address AS homeAddress, {{access.facts}} AS access
ORDER BY lastSignal DESC, householdId
