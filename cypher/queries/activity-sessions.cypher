// activitySessions(activityId, from, to), and one session after it was recorded ($sessionId): the sessions
// of the activity between $from and $to, oldest first, with the agency and staff who held them and the
// consultations taken there (TAKEN_AT, counted). Aggregates only.
MATCH (act:Activity {id: $activityId})
RETURN {{projection.activity(act)}} AS activity,
       COLLECT {
         MATCH (s:ActivitySession)-[:OF]->(act)
         WHERE ($sessionId IS NULL AND $from <= s.date <= $to) OR s.id = $sessionId
         MATCH (agency:Agency)-[:HELD_SESSION]->(s)
         RETURN s {.id, .date, .attendees, .consulters, .note, agencyName: agency.name,
                   staffNames: COLLECT { MATCH (s)-[:STAFFED_BY]->(holder:Staff) RETURN holder.name ORDER BY holder.name },
                   consultationsTaken: COUNT { (:Consultation)-[:TAKEN_AT]->(s) }} AS session
         ORDER BY s.date, s.id
       } AS sessions
