// The lasting part of "isolated" (graph-model.md, "Isolated residents"), decided for person p in
// household h (null when p is a member of none): living alone or only with dependants, taking part in no
// activity, no open case at any agency. Kept on write as the IsolationCandidate label; the parts that
// change with time alone — age, and no visit since a date — are checked when read.

// fragment: candidate
h IS NOT NULL
  AND NOT EXISTS { (other:Person)-[om:MEMBER_OF]->(h) WHERE other <> p AND NOT coalesce(om.dependant, false) }
  AND NOT EXISTS { (p)-[:TAKES_PART_IN]->(:Activity) }
  AND NOT EXISTS { (c:Case)-[:ABOUT]->(p) WHERE c.status = 'OPEN' }

// fragment: last-visit
// The day household h was last visited (null when never). Kept on a candidate as lastVisitedOn, so "no
// visit since a date" is read from the candidate itself: the dashboard finds the candidates visited lately
// by a range seek (index isolation_candidate_last_visit), isolatedResidentsNear tests a property.
head(COLLECT { MATCH (v:Visit)-[:TO]->(h) WHERE v.date IS NOT NULL RETURN v.date ORDER BY v.date DESC LIMIT 1 })

// fragment: home-area
// The id of household h's area (null when it lies in none). Kept on a candidate as homeAreaId, so the
// dashboard counts the candidates visited lately by area from the candidates alone.
head(COLLECT { MATCH (h)-[:IN_AREA]->(area:Area) RETURN area.id })

// fragment: keep
// For each row's p: its household h, whether it is a candidate, and the label, home location, home
// area and the household's last visit set or removed where they differ from what is kept. Returns the
// number of persons changed.
OPTIONAL MATCH (p)-[:MEMBER_OF]->(home:Household)
WITH p, head(collect(home)) AS h
WITH p, h, {{isolation.candidate}} AS candidate
WITH p, h, candidate, CASE WHEN candidate THEN {{isolation.last-visit}} END AS lastVisit,
     CASE WHEN candidate THEN {{isolation.home-area}} END AS homeAreaId
WHERE candidate <> (p:IsolationCandidate)
   OR (candidate AND (p.homeLocation <> h.location
                      OR (p.lastVisitedOn IS NULL) <> (lastVisit IS NULL) OR p.lastVisitedOn <> lastVisit
                      OR (p.homeAreaId IS NULL) <> (homeAreaId IS NULL) OR p.homeAreaId <> homeAreaId))
FOREACH (_ IN CASE WHEN candidate THEN [1] ELSE [] END |
  SET p:IsolationCandidate, p.homeLocation = h.location, p.lastVisitedOn = lastVisit, p.homeAreaId = homeAreaId)
FOREACH (_ IN CASE WHEN candidate THEN [] ELSE [1] END |
  REMOVE p:IsolationCandidate, p.homeLocation, p.lastVisitedOn, p.homeAreaId)
RETURN count(p) AS changed
