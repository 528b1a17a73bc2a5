// recordConsultation: the user's agency opens its case about the person, or extends its open one, and
// the consultation hangs off the case. The case carries the fields of its consultations (`fields`; `field`
// is the first). A new case records how the agency came to it ($origin: REGISTERED for a household met
// for the first time, IDENTIFIED for a person already in the graph checked against what they told the
// window) and the basis the agency had for the person before ($priorBasis, null when none). The
// consultation records who brought it ($consultedBy: SELF, or FAMILY, NEIGHBOUR… on the person's behalf),
// and the 相談会 session it was taken at (TAKEN_AT, when $sessionId names one).
// One statement, inside the mutation's transaction.
MATCH (staff:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (me)-[:HOLDS]->(existing:Case {status: 'OPEN'})-[:ABOUT]->(p)
WITH staff, me, p, existing ORDER BY existing.opened LIMIT 1
CALL (me, p, existing) {
  WITH me, p, existing WHERE existing IS NULL
  CREATE (c:Case {id: $caseId, field: $fields[0], fields: $fields, opened: $date, closed: null, status: 'OPEN',
                  origin: $origin, priorBasis: $priorBasis, openedBy: $staffId, recordedAt: datetime()})
  CREATE (me)-[:HOLDS]->(c)-[:ABOUT]->(p)
  RETURN c, true AS opened
  UNION
  WITH existing WHERE existing IS NOT NULL
  SET existing.fields = coalesce(existing.fields, [existing.field])
                        + [f IN $fields WHERE NOT f IN coalesce(existing.fields, [existing.field])]
  RETURN existing AS c, false AS opened
}
CREATE (con:Consultation {id: $consultationId, date: $date, fields: $fields, topics: $topics, channel: $channel,
                          consultedBy: $consultedBy, summary: $summary, recordedAt: datetime(), recordedBy: $staffId})
CREATE (c)-[:HAS_CONSULTATION]->(con)
CREATE (con)-[:BY]->(staff)
WITH c, opened, con
CALL (con) {
  MATCH (session:ActivitySession {id: $sessionId})
  CREATE (con)-[:TAKEN_AT]->(session)
}
RETURN c.id AS caseId, opened, con {.id, .date, .fields, .topics, .channel, .consultedBy} AS consultation
