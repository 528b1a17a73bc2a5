// selfGrantedBases(from, to): the bases given outside the ordinary path, for the privacy officer —
// those agencies gave themselves by identifying a person at their window (WindowIdentification): a case
// opened on a person already in the graph (origin IDENTIFIED, with the basis the agency had before) and
// a consent recorded for a person it had no basis for (identifiedOn), and a person's id found by
// identifyPerson (Identification); and the doors opened by the
// 多機関協働 body: outreach assignments (assignOutreach: the assigning agency, the agency assigned, the
// reason) and households a 支援会議 took up that no attendee brought (DISCUSSED.broughtFor: the convener,
// the reason) — from $from to $to, oldest first, at most $limit.
CALL () {
  MATCH (a:Agency)-[:HOLDS]->(c:Case {origin: 'IDENTIFIED'})-[:ABOUT]->(p:Person)
  WHERE $from <= c.opened <= $to
  RETURN 'CASE' AS kind, c.id AS reference, a, c.openedBy AS staffId, p.id AS personId,
         COLLECT { MATCH (p)-[:MEMBER_OF]->(h:Household) RETURN h.id AS id }[0] AS householdId, c.opened AS date,
         coalesce(c.fields, [c.field]) AS categories, c.priorBasis AS priorBasis, c.recordedAt AS recordedAt,
         null AS reason, null AS assignee
  UNION ALL
  MATCH (a:Agency)-[:RECORDED]->(c:Consent)-[:SUBJECT]->(p:Person)
  WHERE $from <= c.identifiedOn <= $to
  RETURN 'CONSENT' AS kind, c.id AS reference, a, c.recordedBy AS staffId, p.id AS personId,
         COLLECT { MATCH (p)-[:MEMBER_OF]->(h:Household) RETURN h.id AS id }[0] AS householdId,
         c.identifiedOn AS date, c.categories AS categories, null AS priorBasis, c.recordedAt AS recordedAt,
         null AS reason, null AS assignee
  UNION ALL
  MATCH (a:Agency)-[:ASSIGNED]->(oa:OutreachAssignment)-[:FOR]->(h:Household)
  WHERE $from <= oa.validFrom <= $to
  MATCH (oa)-[:TO]->(assignee:Agency)
  RETURN 'OUTREACH_ASSIGNMENT' AS kind, oa.id AS reference, a, oa.recordedBy AS staffId, null AS personId,
         h.id AS householdId, oa.validFrom AS date, [] AS categories,
         CASE WHEN oa.meetingId IS NULL THEN null ELSE 'SUPPORT_MEETING:' + oa.meetingId END AS priorBasis,
         oa.recordedAt AS recordedAt, oa.reason AS reason, assignee
  UNION ALL
  MATCH (a:Agency)-[:RECORDED]->(i:Identification)-[:SUBJECT]->(p:Person)
  WHERE $from <= i.date <= $to
  RETURN 'IDENTIFICATION' AS kind, i.id AS reference, a, i.recordedBy AS staffId, p.id AS personId,
         COLLECT { MATCH (p)-[:MEMBER_OF]->(h:Household) RETURN h.id AS id }[0] AS householdId, i.date AS date,
         [] AS categories, null AS priorBasis, i.recordedAt AS recordedAt, null AS reason, null AS assignee
  UNION ALL
  MATCH (a:Agency)-[:CONVENED]->(m:Meeting)-[d:DISCUSSED]->(h:Household)
  WHERE d.broughtFor IS NOT NULL AND $from <= m.date <= $to
  RETURN 'MEETING_BY_REASON' AS kind, m.id AS reference, a, m.recordedBy AS staffId, null AS personId,
         h.id AS householdId, m.date AS date, [] AS categories, null AS priorBasis, m.recordedAt AS recordedAt,
         d.broughtFor AS reason, null AS assignee
}
RETURN kind, reference, staffId, date, categories, priorBasis, personId, householdId, reason,
       {{projection.agency(a)}} AS agency,
       CASE WHEN assignee IS NULL THEN null
            ELSE {{projection.agency(assignee)}} END AS assignedTo
ORDER BY date, recordedAt, reference
LIMIT $limit
