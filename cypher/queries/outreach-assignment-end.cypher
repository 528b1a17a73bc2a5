// endOutreachAssignment: the assigning agency ends an assignment before its validTo; from then on it opens
// nothing. The reason and who ended it are kept.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)-[:ASSIGNED]->(oa:OutreachAssignment {id: $assignmentId})
WHERE oa.revokedAt IS NULL
SET oa.revokedAt = datetime(), oa.revokedBy = $staffId, oa.revocationReason = $reason
WITH oa
MATCH (oa)-[:FOR]->(h:Household), (oa)-[:TO]->(assignee:Agency)
RETURN oa {.id, .reason, .validFrom, .validTo, .meetingId, .revokedAt, householdId: h.id, agencyId: assignee.id} AS assignment
