// meeting(id): one meeting read back, with the reader's agency. No row: no such meeting.
MATCH (m:Meeting {id: $meetingId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN {{meeting.record}}, me.id AS agencyId
