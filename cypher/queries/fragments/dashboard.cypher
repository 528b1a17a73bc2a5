// The dashboard's counts, kept on write (graph-model.md, "Dashboard counts"). Every cell — (metric,
// area, key, month) — is a sum over counted units: a household adds what happened around it
// (consultations, plans, cases reviewed, visits, households visited, referrals, referral routes,
// participation matches; and, by birth year, the isolation candidates living there), a meeting adds
// itself once (MEETINGS), a resource adds itself and its activities (RESOURCES, ACTIVITIES: as of now,
// no month). A unit's DashboardShare keeps what it added; each write that can change a unit decides its
// cells afresh and adds the difference to the DashboardCount cells, in the writing transaction.
// dashboard-recount.cypher counts the same cells over the whole city from scratch: the test compares
// the two.

// fragment: cell
// The identity of one cell (a null area, key or month kept apart from every real value).
metric + '|' + coalesce(areaId, '-') + '|' + coalesce(key, '-') + '|' + coalesce(month, '-')

// fragment: household-cells
// What household u adds to each cell now, ordered by cell; empty when u is not a household. Runs after
// the isolation label of its members was kept (KeptFacts), since it counts the candidates.
COLLECT {
  MATCH (u:Household)-[:IN_AREA]->(area:Area)
  CALL (u) {
    MATCH (c:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(u)
    WHERE c.opened IS NOT NULL
    RETURN 'CONSULTATIONS' AS metric, c.field AS key, substring(toString(c.opened), 0, 7) AS month
    UNION ALL
    MATCH (pl:SupportPlan)-[:FOR]->(u)
    WHERE pl.created IS NOT NULL
    RETURN 'PLANS' AS metric, pl.status AS key, substring(toString(pl.created), 0, 7) AS month
    UNION ALL
    MATCH (m:Meeting)-[:DISCUSSED]->(u)
    WHERE m.date IS NOT NULL
    RETURN 'CASES_REVIEWED' AS metric, m.kind AS key, substring(toString(m.date), 0, 7) AS month
    UNION ALL
    MATCH (v:Visit)-[:TO]->(u)
    WHERE v.date IS NOT NULL
    RETURN 'VISITS' AS metric, null AS key, substring(toString(v.date), 0, 7) AS month
    UNION ALL
    // visited households: this household once in each month it was visited
    MATCH (v:Visit)-[:TO]->(u)
    WHERE v.date IS NOT NULL
    WITH DISTINCT substring(toString(v.date), 0, 7) AS month
    RETURN 'HOUSEHOLDS_VISITED' AS metric, null AS key, month
    UNION ALL
    MATCH (ref:Referral {direction: 'TO_COORDINATION'})-[:FROM]->(c:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(u)
    WHERE ref.date IS NOT NULL
    RETURN 'REFERRALS' AS metric, c.field AS key, substring(toString(ref.date), 0, 7) AS month
    UNION ALL
    // a referral route counts where the receiving case's person lives
    MATCH (fromAgency:Agency)-[:HOLDS]->(:Case)<-[:FROM]-(ref:Referral)-[:TO]->(toCase:Case)<-[:HOLDS]-(toAgency:Agency),
          (toCase)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(u)
    WHERE ref.date IS NOT NULL
    RETURN 'REFERRAL_ROUTES' AS metric, fromAgency.field + '→' + toAgency.field AS key,
           substring(toString(ref.date), 0, 7) AS month
    UNION ALL
    MATCH (pm:ParticipationMatch)-[:FOR]->(:Person)-[:MEMBER_OF]->(u)
    WHERE pm.started IS NOT NULL
    RETURN 'PARTICIPATION_MATCHES' AS metric, pm.status AS key, substring(toString(pm.started), 0, 7) AS month
    UNION ALL
    // not shown as such: the isolation candidates living here (the IsolationCandidate label), by birth
    // year — prefixed W for the withdrawn, whose age threshold differs — from which dashboard.cypher reads
    // ISOLATED_RESIDENTS (less those contacted lately)
    MATCH (p:IsolationCandidate)-[:MEMBER_OF]->(u)
    WHERE p.birthYear IS NOT NULL
    RETURN 'ISOLATION_CANDIDATES' AS metric,
           CASE WHEN p.isolationWithdrawn THEN 'W' ELSE '' END + toString(p.birthYear) AS key, null AS month
  }
  WITH metric, area.id AS areaId, key, month, count(*) AS value
  WITH {{dashboard.cell}} AS cell, metric, areaId, key, month, value
  ORDER BY cell
  RETURN {cell: cell, metric: metric, areaId: areaId, key: key, month: month, value: value}
}

// fragment: meeting-cells
// What meeting u adds: itself, once, in the area of the households it discussed when they share one,
// else city-wide (no area); empty when u is not a meeting.
COLLECT {
  MATCH (u:Meeting)
  WHERE u.date IS NOT NULL
  OPTIONAL MATCH (u)-[:DISCUSSED]->(:Household)-[:IN_AREA]->(a:Area)
  WITH u, collect(DISTINCT a.id) AS areas
  WITH 'MEETINGS' AS metric, CASE WHEN size(areas) = 1 THEN areas[0] END AS areaId, u.kind AS key,
       substring(toString(u.date), 0, 7) AS month
  RETURN {cell: {{dashboard.cell}}, metric: metric, areaId: areaId, key: key, month: month, value: 1}
}

// fragment: resource-cells
// What resource u adds, as of now (no month): itself to RESOURCES in its area under its kind, and its
// activities to ACTIVITIES in its area — its HELD_AT degree (only an Activity is HELD_AT a Resource,
// graph-model.md), read from the node without visiting each activity. Nothing when it lies in no area;
// empty when u is not a resource.
COLLECT {
  MATCH (u:Resource)-[:IN_AREA]->(area:Area)
  UNWIND [['RESOURCES', u.kind, 1], ['ACTIVITIES', null, COUNT { (u)<-[:HELD_AT]-() }]] AS part
  WITH part[0] AS metric, area.id AS areaId, part[1] AS key, null AS month, part[2] AS value
  WHERE value > 0
  WITH {{dashboard.cell}} AS cell, metric, areaId, key, month, value
  ORDER BY cell
  RETURN {cell: cell, metric: metric, areaId: areaId, key: key, month: month, value: value}
}

// fragment: apply
// For rows of s (a share, already write-locked by this transaction) and cells (what its unit adds
// now, ordered by cell): when they differ from what s kept, the difference is added to the cells —
// in cell order, so two writers never lock two cells in opposite orders — and s keeps the new ones.
// Rows whose share did not change stop here.
WITH s, cells, [c IN cells | c.cell] AS newCells, [c IN cells | c.value] AS newValues
WHERE newCells <> s.cells OR newValues <> coalesce(s.values, [])
WITH s, newCells, newValues, [i IN range(0, size(s.cells) - 1) | {cell: s.cells[i], value: -s.values[i]}] + cells AS parts
SET s.cells = newCells, s.values = newValues
WITH s, parts
CALL (parts) {
  UNWIND parts AS part
  WITH part.cell AS cell, sum(part.value) AS delta, [p IN collect(part) WHERE p.metric IS NOT NULL][0] AS shown
  WHERE delta <> 0
  WITH cell, delta, shown
  ORDER BY cell
  MERGE (count:DashboardCount {cell: cell})
    ON CREATE SET count.metric = shown.metric, count.areaId = shown.areaId, count.key = shown.key,
                  count.month = shown.month, count.value = 0
  SET count.value = count.value + delta
}

// fragment: keep
// For rows of u (a household, a meeting or a resource): its share locked first (so a concurrent writer
// of the same unit waits, then decides from what this one committed), its cells decided afresh, the
// difference applied. Returns the number of shares changed.
MERGE (s:DashboardShare {unit: CASE WHEN u:Meeting THEN 'meeting:' WHEN u:Resource THEN 'resource:'
                                    ELSE 'household:' END + u.id})
MERGE (s)-[:SHARE_OF]->(u)
SET s.cells = coalesce(s.cells, [])
WITH s, u, {{dashboard.household-cells}} + {{dashboard.meeting-cells}} + {{dashboard.resource-cells}} AS cells
{{dashboard.apply}}
RETURN count(s) AS changed
