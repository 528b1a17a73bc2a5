// consents: the consents the reader's agency holds — it recorded them (it keeps the 同意書) or they name it among
// their grantees — optionally one person's ($personId), and with $until set only permits in force on $today whose
// period ends by $until; the soonest end first, at most $limit.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CALL (me) {
  MATCH (me)-[:RECORDED]->(c:Consent) RETURN c
  UNION
  MATCH (c:Consent)-[:GRANTS_TO]->(me) RETURN c
}
MATCH (c)-[:SUBJECT]->(subject:Person)
WHERE ($personId IS NULL OR subject.id = $personId)
  AND ($until IS NULL OR (c.decision = 'PERMIT' AND c.revokedAt IS NULL
                          AND c.validFrom <= $today <= c.validTo AND c.validTo <= $until))
OPTIONAL MATCH (recorder:Agency)-[:RECORDED]->(c)
OPTIONAL MATCH (subject)-[:MEMBER_OF]->(h:Household)
WITH me, c, subject, recorder, h ORDER BY c.validTo, c.id LIMIT $limit
RETURN c {.id, .decision, .categories, .purposes, .validFrom, .validTo, .verification,
          meetingParticipants: coalesce(c.meetingParticipants, false),
          revokedAt: toString(c.revokedAt), subjectId: subject.id} AS consent,
       COLLECT { MATCH (c)-[:GRANTS_TO]->(a:Agency)
                 RETURN {{projection.agency(a)}} AS agency
                 ORDER BY agency.id } AS grantees,
       recorder.id AS recordedByAgencyId, h.id AS householdId,
       recorder IS NOT NULL AND recorder = me AS recordedHere
