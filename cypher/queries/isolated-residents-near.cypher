// isolatedResidentsNear(activityId, radiusMeters): residents within $radius metres of the activity's
// venue who are isolated (graph-model.md): living alone or only with dependants and aged $minimumAge or
// over in $year, or withdrawn and aged $withdrawnMinimumAge or over; taking part in no activity; no tie
// in force; no contact on or after $visitSince. The lasting part of that is kept on write as the
// IsolationCandidate label with the home's location and the last contact (fragments/isolation.cypher),
// so the rings below are point-index lookups of candidates; age and recent contact are checked here.
// The $limit nearest, nearest first; the access facts are read only for them.
// (The dashboard counts isolated residents with the same rules: dashboard.cypher.)
// The access facts are the section "facts" of fragments/access.cypher (from the household
// side, comparing the reader's agency by id): the rules are stated there once, decided by AccessPolicy.
MATCH (act:Activity {id: $activityId})-[:HELD_AT]->(venue:Resource)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN {{projection.activity(act)}} AS activity,
       {{projection.resource(venue)}} AS venue,
       COLLECT {
         // Rings around the venue, nearest first, each sorted by distance: once $limit residents are found
         // the outer rings are never read (LIMIT stops pulling), so a dense city costs the inner rings only.
         UNWIND [[0.0, 0.125], [0.125, 0.25], [0.25, 0.5], [0.5, 1.0]] AS ring
         CALL (ring, venue) {
           MATCH (p:IsolationCandidate)
           WHERE point.distance(p.homeLocation, venue.location) <= $radius * ring[1]
             AND (ring[0] = 0.0 OR point.distance(p.homeLocation, venue.location) > $radius * ring[0])
             AND $year - p.birthYear >= CASE WHEN p.isolationWithdrawn THEN $withdrawnMinimumAge ELSE $minimumAge END
             AND NOT coalesce(p.lastVisitedOn >= $visitSince, false)
           MATCH (p)-[m:MEMBER_OF]->(h:Household)
           WITH p, m, h, point.distance(p.homeLocation, venue.location) AS distance
           ORDER BY distance, p.id
           RETURN p, m, h, distance
         }
         WITH p, m, h, distance
         LIMIT $limit
         OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
         RETURN {
                  personId: p.id, name: p.name, relation: m.relation, birthYear: p.birthYear, householdId: h.id,
                  livesAlone: NOT EXISTS { (other:Person)-[:MEMBER_OF]->(h) WHERE other <> p },
                  livesOnlyWithDependants: NOT EXISTS { (other:Person)-[om:MEMBER_OF]->(h)
                                                        WHERE other <> p AND NOT coalesce(om.dependant, false) },
                  withdrawn: coalesce(p.isolationWithdrawn, false),
                  distance: distance,
                  area: {{projection.area(area)}},
                  access: {{access.facts}}
                } AS resident
         ORDER BY resident.distance, resident.personId
       } AS residents
