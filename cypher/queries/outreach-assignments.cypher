// outreachAssignments: the assignments the reader's agency made or was given (in force on $today when
// $inForce), newest first, at most $limit — the CSW's list of doors to go to, the coordinator's of whom it
// sent where.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (assigner:Agency)-[:ASSIGNED]->(oa:OutreachAssignment)-[:TO]->(assignee:Agency)
WHERE (assigner = me OR assignee = me)
  AND (NOT $inForce OR (oa.validFrom <= $today <= oa.validTo AND oa.revokedAt IS NULL))
MATCH (oa)-[:FOR]->(h:Household)
RETURN oa {.id, .reason, .validFrom, .validTo, .meetingId, .revokedAt, householdId: h.id, agencyId: assignee.id,
           assignedBy: assigner.id} AS assignment
ORDER BY oa.validFrom DESC, oa.id
LIMIT $limit
