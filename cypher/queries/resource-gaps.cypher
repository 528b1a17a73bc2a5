// resourceGaps: needs recorded for households in the area — in running plans (DRAFT, ACTIVE,
// UNDER_REVIEW) or as RESOURCE_GAP decisions at meetings — with no resource, and no activity at a
// resource, offering them within $within metres of the home. Counts only.
MATCH (:Area {id: $areaId})<-[:IN_AREA]-(h:Household)
WHERE h.location IS NOT NULL
CALL (h) {
  MATCH (pl:SupportPlan)-[:FOR]->(h)
  WHERE pl.status IN ['DRAFT', 'ACTIVE', 'UNDER_REVIEW']
  UNWIND coalesce(pl.needs, []) AS need
  RETURN need, 'PLAN' AS source
  UNION
  MATCH (:Meeting)-[d:DISCUSSED {decision: 'RESOURCE_GAP'}]->(h)
  UNWIND coalesce(d.needs, []) AS need
  RETURN need, 'MEETING' AS source
}
WITH h, need, collect(DISTINCT source) AS sources
WHERE NOT EXISTS {
  MATCH (r:Resource)
  WHERE point.distance(r.location, h.location) <= $within
    AND (need IN coalesce(r.offers, [])
         OR EXISTS { MATCH (act:Activity)-[:HELD_AT]->(r) WHERE need IN coalesce(act.offers, []) })
}
UNWIND sources AS source
WITH need, count(DISTINCT h) AS households, collect(DISTINCT source) AS recordedIn
RETURN need, households, recordedIn
ORDER BY households DESC, need
