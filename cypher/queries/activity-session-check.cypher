// Before recordActivitySession: the user's agency, whether the activity exists, and which of $staffIds
// do not work at the user's agency.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
OPTIONAL MATCH (act:Activity {id: $activityId})
RETURN me.id AS agencyId, act IS NOT NULL AS activityExists,
       [id IN $staffIds WHERE me IS NULL OR NOT EXISTS { (:Staff {id: id})-[:WORKS_AT]->(me) }] AS strangers
