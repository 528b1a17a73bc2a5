// The dashboard's counts recounted over the whole city from scratch, in long format — one row per
// (metric, area, field or kind, month) — for the period $from..$to (a fiscal year, 年度, April to
// March). The service answers dashboard(fiscalYear) from the counts kept on write (dashboard.cypher);
// this recount is the independent check of them (DashboardCountsKeptTests) and the benchmark's "cold
// recount" figure. Metrics without a month (resources, activities, isolated residents) are as of $today.
CALL () {
  MATCH (c:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(:Household)-[:IN_AREA]->(area:Area)
  WHERE $from <= c.opened <= $to
  RETURN 'CONSULTATIONS' AS metric, area.id AS areaId, c.field AS key, substring(toString(c.opened), 0, 7) AS month,
         count(c) AS value
  UNION ALL
  MATCH (pl:SupportPlan)-[:FOR]->(:Household)-[:IN_AREA]->(area:Area)
  WHERE $from <= pl.created <= $to
  RETURN 'PLANS' AS metric, area.id AS areaId, pl.status AS key, substring(toString(pl.created), 0, 7) AS month,
         count(pl) AS value
  UNION ALL
  // each meeting once: in the area of the households it discussed when they share one, else city-wide (null)
  MATCH (m:Meeting)
  WHERE $from <= m.date <= $to
  WITH m, COLLECT { MATCH (m)-[:DISCUSSED]->(:Household)-[:IN_AREA]->(a:Area) RETURN DISTINCT a.id } AS areas
  RETURN 'MEETINGS' AS metric, CASE WHEN size(areas) = 1 THEN areas[0] END AS areaId, m.kind AS key,
         substring(toString(m.date), 0, 7) AS month, count(m) AS value
  UNION ALL
  MATCH (m:Meeting)-[d:DISCUSSED]->(:Household)-[:IN_AREA]->(area:Area)
  WHERE $from <= m.date <= $to
  RETURN 'CASES_REVIEWED' AS metric, area.id AS areaId, m.kind AS key, substring(toString(m.date), 0, 7) AS month,
         count(d) AS value
  UNION ALL
  MATCH (v:Visit)-[:TO]->(h:Household)-[:IN_AREA]->(area:Area)
  WHERE $from <= v.date <= $to
  RETURN 'VISITS' AS metric, area.id AS areaId, null AS key, substring(toString(v.date), 0, 7) AS month,
         count(v) AS value
  UNION ALL
  MATCH (v:Visit)-[:TO]->(h:Household)-[:IN_AREA]->(area:Area)
  WHERE $from <= v.date <= $to
  RETURN 'HOUSEHOLDS_VISITED' AS metric, area.id AS areaId, null AS key, substring(toString(v.date), 0, 7) AS month,
         count(DISTINCT h) AS value
  UNION ALL
  MATCH (ref:Referral {direction: 'TO_COORDINATION'})-[:FROM]->(c:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(:Household)
        -[:IN_AREA]->(area:Area)
  WHERE $from <= ref.date <= $to
  RETURN 'REFERRALS' AS metric, area.id AS areaId, c.field AS key, substring(toString(ref.date), 0, 7) AS month,
         count(ref) AS value
  UNION ALL
  MATCH (fromAgency:Agency)-[:HOLDS]->(:Case)<-[:FROM]-(ref:Referral)-[:TO]->(toCase:Case)<-[:HOLDS]-(toAgency:Agency),
        (toCase)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(:Household)-[:IN_AREA]->(area:Area)
  WHERE $from <= ref.date <= $to
  RETURN 'REFERRAL_ROUTES' AS metric, area.id AS areaId, fromAgency.field + '→' + toAgency.field AS key,
         substring(toString(ref.date), 0, 7) AS month, count(ref) AS value
  UNION ALL
  MATCH (pm:ParticipationMatch)-[:FOR]->(:Person)-[:MEMBER_OF]->(:Household)-[:IN_AREA]->(area:Area)
  WHERE $from <= pm.started <= $to
  RETURN 'PARTICIPATION_MATCHES' AS metric, area.id AS areaId, pm.status AS key,
         substring(toString(pm.started), 0, 7) AS month, count(pm) AS value
  UNION ALL
  // resources by area and kind, and the activities held at them by area
  MATCH (r:Resource)-[:IN_AREA]->(area:Area)
  RETURN 'RESOURCES' AS metric, area.id AS areaId, r.kind AS key, null AS month, count(r) AS value
  UNION ALL
  MATCH (:Activity)-[:HELD_AT]->(:Resource)-[:IN_AREA]->(area:Area)
  RETURN 'ACTIVITIES' AS metric, area.id AS areaId, null AS key, null AS month, count(*) AS value
  UNION ALL
  // the lasting part of "isolated" is kept on write as the IsolationCandidate label (fragments/isolation.cypher)
  MATCH (p:IsolationCandidate)-[:MEMBER_OF]->(h:Household)-[:IN_AREA]->(area:Area)
  WHERE $year - p.birthYear >= CASE WHEN p.isolationWithdrawn THEN $withdrawnMinimumAge ELSE $minimumAge END
    AND NOT coalesce({{isolation.last-visit}} >= $visitSince, false)
  RETURN 'ISOLATED_RESIDENTS' AS metric, area.id AS areaId, null AS key, null AS month, count(p) AS value
}
RETURN metric, areaId, key, month, value
ORDER BY metric, areaId, key, month
