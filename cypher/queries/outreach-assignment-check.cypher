// assignOutreach, before writing: the assigning user's agency and whether it is the 多機関協働 body
// (component 5, or the municipality's 支援会議 convener), whether the household and the assigned agency
// exist, and — when the assignment rests on a 支援会議's decision — whether that meeting is a
// confidential 支援会議 that discussed the household and that the user's agency convened or attended.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
OPTIONAL MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (assignee:Agency {id: $agencyId})
RETURN me.id AS agencyId,
       {{access.coordination-body}} AS coordinationBody,
       h IS NOT NULL AS householdExists,
       assignee IS NOT NULL AS agencyExists,
       CASE WHEN $meetingId IS NULL THEN null
            ELSE EXISTS { MATCH (me)-[:ATTENDED|CONVENED]->(m:Meeting {id: $meetingId})-[:DISCUSSED]->(h)
                          WHERE m.confidential AND 'SUPPORT_MEETING' IN coalesce(m.kinds, [m.kind]) }
       END AS meetingDecided
