// dashboard(fiscalYear): counts in long format — one row per (metric, area, field or kind, month) —
// for the months $fromMonth..$toMonth ('2026-04'..'2027-03', a fiscal year, 年度). The cells are kept
// on write (fragments/dashboard.cypher): the monthly ones found by the month index, resources and
// activities (as of now, no month) by the metric index; isolated residents from kept counts less the
// candidates visited lately. Aggregates only; DashboardService suppresses small cells.
CALL () {
  MATCH (count:DashboardCount)
  WHERE $fromMonth <= count.month <= $toMonth AND count.value <> 0
  RETURN count.metric AS metric, count.areaId AS areaId, count.key AS key, count.month AS month, count.value AS value
  UNION ALL
  MATCH (count:DashboardCount)
  WHERE count.metric IN ['RESOURCES', 'ACTIVITIES'] AND count.value <> 0
  RETURN count.metric AS metric, count.areaId AS areaId, count.key AS key, null AS month, count.value AS value
  UNION ALL
  // isolated residents, as of today: the isolation candidates aged $minimumAge or more — the withdrawn
  // (key prefixed W) $withdrawnMinimumAge or more — kept by area and birth year, less those someone had
  // contact with since $visitSince (the candidates' kept lastVisitedOn, found by its range index: only
  // the candidates contacted lately are read, with the home area they keep — a household in no area
  // counts no candidate)
  CALL () {
    MATCH (count:DashboardCount {metric: 'ISOLATION_CANDIDATES'})
    WHERE CASE WHEN count.key STARTS WITH 'W' THEN $year - toInteger(substring(count.key, 1)) >= $withdrawnMinimumAge
               ELSE $year - toInteger(count.key) >= $minimumAge END
    RETURN count.areaId AS areaId, count.value AS value
    UNION ALL
    MATCH (p:IsolationCandidate)
    WHERE p.lastVisitedOn >= $visitSince AND p.homeAreaId IS NOT NULL
      AND $year - p.birthYear >= CASE WHEN p.isolationWithdrawn THEN $withdrawnMinimumAge ELSE $minimumAge END
    RETURN p.homeAreaId AS areaId, -count(p) AS value
  }
  WITH areaId, sum(value) AS value
  WHERE value <> 0
  RETURN 'ISOLATED_RESIDENTS' AS metric, areaId, null AS key, null AS month, value
}
RETURN metric, areaId, key, month, value
ORDER BY metric, areaId, key, month
