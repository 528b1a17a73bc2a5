// The lasting part of "isolated" (graph-model.md, "Isolated residents"), decided for person p in
// household h (null when p is a member of none): living alone or only with dependants, or withdrawn (an
// open case about p holds a consultation on ひきこもり・社会的孤立, whoever brought it); taking part in no
// activity; no tie in force (nobody watches over them). Kept on write as the IsolationCandidate label;
// the parts that change with time alone — age, and no contact since a date — are checked when read.

// fragment: candidate
h IS NOT NULL
  AND (NOT EXISTS { (other:Person)-[om:MEMBER_OF]->(h) WHERE other <> p AND NOT coalesce(om.dependant, false) }
       OR {{isolation.withdrawn}})
  AND NOT EXISTS { (p)-[:TAKES_PART_IN]->(:Activity) }
  AND NOT EXISTS { (tie:Tie)-[:WATCHES_OVER]->(p) WHERE tie.endedOn IS NULL }

// fragment: withdrawn
// Whether p is withdrawn (ひきこもり): an open case about p holds a consultation on ISOLATION — often one
// the family brought. Such a candidate counts at any age from jusou.query.isolation-withdrawn-minimum-age.
EXISTS { (c:Case {status: 'OPEN'})-[:ABOUT]->(p)
         WHERE EXISTS { (c)-[:HAS_CONSULTATION]->(con:Consultation) WHERE 'ISOLATION' IN con.topics } }

// fragment: last-visit
// The day someone last had contact with p in household h (null when never): a visit to h that was
// contact (fragments/visit.cypher) and met p — or named nobody, so reached the household as a whole —
// or a consultation p brought themself. Kept on a candidate as lastVisitedOn, so "no contact since a
// date" is read from the candidate itself: the dashboard finds the candidates contacted lately by a range
// seek (index isolation_candidate_last_visit), isolatedResidentsNear tests a property.
head(COLLECT {
  CALL (p, h) {
    MATCH (v:Visit)-[:TO]->(h)
    WHERE v.date IS NOT NULL AND {{visit.contact(v)}}
      AND (NOT EXISTS { (v)-[:MET]->(:Person) } OR EXISTS { (v)-[:MET]->(p) })
    RETURN v.date AS contactOn
    UNION
    MATCH (p)<-[:ABOUT]-(:Case)-[:HAS_CONSULTATION]->(con:Consultation)
    WHERE con.date IS NOT NULL AND coalesce(con.consultedBy, 'SELF') = 'SELF'
    RETURN con.date AS contactOn
  }
  RETURN contactOn ORDER BY contactOn DESC LIMIT 1
})

// fragment: home-area
// The id of household h's area (null when it lies in none). Kept on a candidate as homeAreaId, so the
// dashboard counts the candidates visited lately by area from the candidates alone.
head(COLLECT { MATCH (h)-[:IN_AREA]->(area:Area) RETURN area.id })

// fragment: keep
// For each row's p: its household h, whether it is a candidate, and the label, home location, home
// area, last contact and whether withdrawn (isolationWithdrawn: true, or absent) set or removed where they
// differ from what is kept. Returns the
// number of persons changed.
OPTIONAL MATCH (p)-[:MEMBER_OF]->(home:Household)
WITH p, head(collect(home)) AS h
WITH p, h, {{isolation.candidate}} AS candidate
WITH p, h, candidate, CASE WHEN candidate THEN {{isolation.last-visit}} END AS lastVisit,
     CASE WHEN candidate THEN {{isolation.home-area}} END AS homeAreaId,
     CASE WHEN candidate AND {{isolation.withdrawn}} THEN true END AS withdrawn
WHERE candidate <> (p:IsolationCandidate)
   OR (candidate AND (p.homeLocation <> h.location
                      OR (p.lastVisitedOn IS NULL) <> (lastVisit IS NULL) OR p.lastVisitedOn <> lastVisit
                      OR (p.homeAreaId IS NULL) <> (homeAreaId IS NULL) OR p.homeAreaId <> homeAreaId
                      OR (p.isolationWithdrawn IS NULL) <> (withdrawn IS NULL)))
FOREACH (_ IN CASE WHEN candidate THEN [1] ELSE [] END |
  SET p:IsolationCandidate, p.homeLocation = h.location, p.lastVisitedOn = lastVisit, p.homeAreaId = homeAreaId,
      p.isolationWithdrawn = withdrawn)
FOREACH (_ IN CASE WHEN candidate THEN [] ELSE [1] END |
  REMOVE p:IsolationCandidate, p.homeLocation, p.lastVisitedOn, p.homeAreaId, p.isolationWithdrawn)
RETURN count(p) AS changed
