// referToCoordination / returnToAgency, after CaseworkService checked every rule: the receiving
// agency opens (or keeps) its case about the person; the referral links the two cases and waits for the
// receiver's answer (PENDING; openedCase: whether it opened the receiving case). With
// $closeFromCase the sending case closes (a case handed back by the 多機関協働 body). The new case carries
// the sending case's categories: it is about the same matters.
MATCH (fromAgency:Agency)-[:HOLDS]->(from:Case {id: $fromCaseId})-[:ABOUT]->(p:Person)
MATCH (to:Agency {id: $toAgencyId})
OPTIONAL MATCH (to)-[:HOLDS]->(existing:Case {status: 'OPEN'})-[:ABOUT]->(p)
WITH fromAgency, from, p, to, existing ORDER BY existing.opened LIMIT 1
CALL (to, p, existing, from) {
  WITH to, p, existing, from WHERE existing IS NULL
  CREATE (c:Case {id: $newCaseId, field: coalesce(from.field, 'OTHER'), fields: coalesce(from.fields, [from.field]),
                  opened: $date, closed: null, status: 'OPEN', origin: 'REFERRAL', openedBy: $staffId,
                  recordedAt: datetime()})
  CREATE (to)-[:HOLDS]->(c)-[:ABOUT]->(p)
  RETURN c
  UNION
  WITH existing WHERE existing IS NOT NULL
  RETURN existing AS c
}
CREATE (r:Referral {id: $referralId, direction: $direction, date: $date, reason: $reason, state: 'PENDING',
                    openedCase: existing IS NULL, recordedAt: datetime(), recordedBy: $staffId})
CREATE (r)-[:FROM]->(from)
CREATE (r)-[:TO]->(c)
FOREACH (_ IN CASE WHEN $closeFromCase THEN [1] ELSE [] END |
  SET from.status = 'CLOSED', from.closed = $date)
RETURN r.id AS referralId, c.id AS toCaseId
