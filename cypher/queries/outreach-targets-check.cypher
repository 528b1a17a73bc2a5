// Before an outreach write: does the household (and the area) exist; the user's agency.
OPTIONAL MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (area:Area {id: $areaId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN h IS NOT NULL AS householdExists, area IS NOT NULL AS areaExists, me.id AS agencyId
