// assignOutreach: the 多機関協働 body (or a 支援会議 by decision) assigns an agency to reach a household.
// The assignment opens the home's address and location to that agency, for OUTREACH, until validTo.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
WITH me
MATCH (h:Household {id: $householdId})
WITH me, h
MATCH (assignee:Agency {id: $agencyId})
CREATE (oa:OutreachAssignment {id: $assignmentId, reason: $reason, validFrom: $validFrom, validTo: $validTo,
                               meetingId: $meetingId, recordedAt: datetime(), recordedBy: $staffId})
CREATE (me)-[:ASSIGNED]->(oa)-[:TO]->(assignee)
CREATE (oa)-[:FOR]->(h)
RETURN oa {.id, .reason, .validFrom, .validTo, .meetingId} AS assignment
