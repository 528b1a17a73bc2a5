// matchParticipation, before writing: the activity, how many active matches fill it, and whether the
// person already has an active match to it.
MATCH (act:Activity {id: $activityId})
RETURN {{projection.activity(act)}} AS activity,
       COUNT { (:ParticipationMatch {status: 'ACTIVE'})-[:TO]->(act) } AS activeMatches,
       EXISTS { MATCH (m:ParticipationMatch {status: 'ACTIVE'})-[:TO]->(act)
                WHERE EXISTS { (m)-[:FOR]->(:Person {id: $personId}) } } AS alreadyMatched
