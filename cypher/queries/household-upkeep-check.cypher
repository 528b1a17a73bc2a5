// Household upkeep, before writing: the user's agency (and its field), whether the household exists,
// its current members, whether the agency holds an open case about one of them (only such an agency
// keeps the household current), and whether the area a move names exists ($areaId may be null).
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
OPTIONAL MATCH (h:Household {id: $householdId})
RETURN me.id AS agencyId, me.field AS field, h IS NOT NULL AS householdExists,
       COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(h) RETURN p.id AS id ORDER BY id } AS memberIds,
       {{access.holds-open-case(h)}} AS holdsOpenCase,
       $areaId IS NULL OR EXISTS { MATCH (:Area {id: $areaId}) } AS areaExists
