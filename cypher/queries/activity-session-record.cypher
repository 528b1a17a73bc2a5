// recordActivitySession: a session of activity $activityId held on $date by the user's agency (HELD_SESSION),
// with the staff who held it (STAFFED_BY: $staffIds, checked by the service to work at that agency) and its
// counts. Aggregates only: a session names no resident.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (act:Activity {id: $activityId})
CREATE (s:ActivitySession {id: $sessionId, date: $date, attendees: $attendees, consulters: $consulters,
                           note: $note, recordedAt: datetime(), recordedBy: $staffId})
CREATE (me)-[:HELD_SESSION]->(s)-[:OF]->(act)
WITH s
CALL (s) {
  UNWIND $staffIds AS holderId
  MATCH (holder:Staff {id: holderId})
  CREATE (s)-[:STAFFED_BY]->(holder)
}
RETURN s.id AS sessionId
