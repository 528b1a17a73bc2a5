// households(first, after, filter): the reader's candidate households — those its agency may have a
// basis for (sections "candidates" and "candidate" of fragments/access.cypher) — after the cursor id, in
// id order, at most $limit, each with the access facts. HouseholdService keeps the ones AccessPolicy
// finds visible and asks again from the last candidate while the page is not full, so the page lists
// exactly what household(id) calls visible (the same facts, the same decision).
//
// Two ways to the same candidates, chosen by the agency's reach (its relationship count, from the degree
// store) against the number of households (count store):
// - near: an agency with a basis for many households (a coordinating 社協 with tens of thousands) walks
//   at most $walk households in id order from the cursor and keeps its candidates until the page is
//   full — about $limit × households / candidates tests of a few relationships each;
// - far: otherwise, or when the walk ended before the page was full, the agency's own cases, consents
//   and meetings are collected (cost: all of its candidates) after where the walk stopped.
// The reach counts every relationship, so it overstates the candidates (about 3× for the synthetic
// coordinator): 8 × $limit walks where about 2 × $limit candidates are expected within $walk.
// At 1,000,000 persons the coordinator's deep page took 196 ms collecting, 10.7 ms walking (README).
// - area: with an area filter, neither: the area's households after the cursor, in id order, are tested
//   until the page is full — the households the page can list at all, however many the agency reaches.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CALL () {
  MATCH (counted:Household)
  RETURN count(counted) AS households
}
// $walkChosen is null but in HouseholdsPageTests, which take each way on purpose
WITH me, $areaId IS NULL AND coalesce($walkChosen, COUNT { (me)--() } * $walk > 8 * $limit * households) AS walk
CALL (me) {
  MATCH (:Area {id: $areaId})<-[:IN_AREA]-(h:Household) WHERE h.id > coalesce($afterId, '')
  WITH me, h ORDER BY h.id
  WITH h WHERE {{access.candidate}} AND {{household.page-filter}}
  WITH h LIMIT $limit
  RETURN collect(h) AS inArea
}
CALL (me, walk) {
  // the bound is null (no household) when the agency does not walk; a `WHERE walk` would be planned
  // after the index seek, which then reads every household
  MATCH (h:Household) WHERE h.id > CASE WHEN walk THEN $afterId END
  WITH me, h ORDER BY h.id LIMIT $walk
  WITH h WHERE {{access.candidate}} AND {{household.page-filter}}
  WITH h LIMIT $limit
  RETURN collect(h) AS near
}
CALL (walk, near) {
  MATCH (walked:Household) WHERE walked.id > CASE WHEN walk AND size(near) < $limit THEN $afterId END
  WITH walked.id AS id ORDER BY id LIMIT $walk
  // null when the households ended within the walk: there is nothing after it
  RETURN CASE WHEN count(id) = $walk THEN max(id) END AS walkedTo
}
WITH me, near, inArea,
     CASE WHEN $areaId IS NOT NULL THEN null WHEN NOT walk THEN $afterId WHEN size(near) < $limit THEN walkedTo END
       AS farFrom
CALL (me, farFrom) {
  WITH me, farFrom WHERE farFrom IS NOT NULL
  CALL (me) {
{{access.candidates}}
  }
  WITH h WHERE h.id > farFrom AND {{household.page-filter}}
  WITH h ORDER BY h.id LIMIT $limit
  RETURN collect(h) AS far
}
UNWIND near + far + inArea AS h
WITH me, h ORDER BY h.id LIMIT $limit
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h {.id, .patterns, .address,
          location: {{projection.location(h)}}} AS household,
       CASE WHEN $text IS NULL THEN null
            ELSE {address: h.address CONTAINS $text,
                  members: [(hdFound:Person)-[:MEMBER_OF]->(h) WHERE {{household.name-contains(hdFound)}} | hdFound.id]}
       END AS found,
       {{projection.area(area)}} AS area,
       {{access.facts}} AS access
ORDER BY h.id
