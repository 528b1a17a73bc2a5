// One match with its activity, last follow-up and arranging agency.
MATCH (a:Agency)-[:ARRANGED]->(m:ParticipationMatch {id: $matchId})-[:TO]->(act:Activity),
      (m)-[:FOR]->(p:Person)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
RETURN m {.id, .status, .started, .ended, personId: p.id, householdId: h.id, arrangedBy: a.id,
          lastFollowUp: COLLECT { MATCH (m)-[:FOLLOWED_UP]->(f:FollowUp) RETURN f {.date, .outcome}
                                  ORDER BY f.date DESC, f.recordedAt DESC LIMIT 1 }[0]} AS match,
       {{projection.activity(act)}} AS activity,
       COUNT { (:ParticipationMatch {status: 'ACTIVE'})-[:TO]->(act) } AS activeMatches
