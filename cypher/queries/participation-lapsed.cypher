// lapsedMatches: the user's agency's active matches with no follow-up (or start) since $since, and
// its matches that ended on or after $since.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)-[:ARRANGED]->(m:ParticipationMatch)
WITH m, COLLECT { MATCH (m)-[:FOLLOWED_UP]->(f:FollowUp) RETURN f.date ORDER BY f.date DESC LIMIT 1 }[0] AS last
WHERE (m.status = 'ACTIVE' AND coalesce(last, m.started) < $since) OR (m.status = 'ENDED' AND m.ended >= $since)
RETURN m.id AS matchId
ORDER BY coalesce(last, m.started), matchId
