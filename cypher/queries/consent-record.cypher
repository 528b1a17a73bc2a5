// recordConsent: writes one consent after ConsentService has validated the input. $grantees are
// agency ids that exist; $grantorId is the person who gave it (the subject or a household member);
// $identifiedOn is the day the person was identified at the window (the agency had no basis), else null.
MATCH (subject:Person {id: $subjectId})
MATCH (grantor:Person {id: $grantorId})
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CREATE (c:Consent {id: $consentId, decision: $decision, categories: $categories, purposes: $purposes,
                   validFrom: $validFrom, validTo: $validTo, verification: $verification, proxy: $proxy,
                   meetingParticipants: $meetingParticipants, identifiedOn: $identifiedOn,
                   recordedAt: datetime(), recordedBy: $staffId})
CREATE (c)-[:SUBJECT]->(subject)
CREATE (c)-[:GRANTED_BY]->(grantor)
CREATE (me)-[:RECORDED]->(c)
WITH c
CALL (c) {
  UNWIND $grantees AS granteeId
  MATCH (a:Agency {id: granteeId})
  CREATE (c)-[:GRANTS_TO]->(a)
}
RETURN c.id AS id
