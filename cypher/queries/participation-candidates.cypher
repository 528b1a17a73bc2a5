// suggestParticipation: activities held within $radius metres of the home, with their venue and
// how many active matches fill their places. Ranking happens in ParticipationService.
WITH point({latitude: $latitude, longitude: $longitude}) AS home
MATCH (r:Resource)
WHERE point.distance(r.location, home) <= $radius
MATCH (act:Activity)-[:HELD_AT]->(r)
RETURN {{projection.activity(act)}} AS activity,
       {{projection.resource(r)}} AS resource,
       point.distance(r.location, home) AS distance,
       COUNT { (m:ParticipationMatch {status: 'ACTIVE'})-[:TO]->(act) } AS activeMatches,
       EXISTS { (:Person {id: $personId})-[:TAKES_PART_IN]->(act) } AS alreadyTakingPart
