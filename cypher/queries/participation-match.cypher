// matchParticipation: the match, arranged by the user's agency; the person starts taking part.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (p:Person {id: $personId})
MATCH (act:Activity {id: $activityId})
CREATE (m:ParticipationMatch {id: $matchId, status: 'ACTIVE', started: $startDate, note: $note,
                              recordedAt: datetime(), recordedBy: $staffId})
CREATE (me)-[:ARRANGED]->(m)
CREATE (m)-[:FOR]->(p)
CREATE (m)-[:TO]->(act)
MERGE (p)-[:TAKES_PART_IN]->(act)
RETURN m.id AS matchId
