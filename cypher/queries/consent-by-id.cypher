// A consent with its subject and grantees, and who recorded it.
MATCH (c:Consent {id: $consentId})-[:SUBJECT]->(subject:Person)
OPTIONAL MATCH (recorder:Agency)-[:RECORDED]->(c)
RETURN c {.id, .decision, .categories, .purposes, .validFrom, .validTo, .verification,
          meetingParticipants: coalesce(c.meetingParticipants, false),
          revokedAt: toString(c.revokedAt), subjectId: subject.id} AS consent,
       COLLECT { MATCH (c)-[:GRANTS_TO]->(a:Agency)
                 RETURN {{projection.agency(a)}} AS agency
                 ORDER BY agency.id } AS grantees,
       recorder.id AS recordedByAgencyId
