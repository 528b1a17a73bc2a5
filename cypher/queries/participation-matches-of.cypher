// participationMatches(personId): the matches the user's agency arranged for the person, newest first.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)-[:ARRANGED]->(m:ParticipationMatch)-[:FOR]->(:Person {id: $personId})
RETURN m.id AS matchId
ORDER BY m.started DESC, matchId
