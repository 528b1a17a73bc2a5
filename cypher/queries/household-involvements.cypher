// Household.agencies, batched: every link between an agency and each household — a case about a
// member, a plan the agency coordinates or has a role in, a meeting that discussed the household, a
// visit — with who recorded it, its data categories (a case: the fields of its consultations; otherwise
// the acting agency's or the role's field) and its date, for AccessPolicy to decide item by item. Earliest first.
UNWIND $householdIds AS householdId
MATCH (h:Household {id: householdId})
CALL (h) {
  MATCH (p:Person)-[:MEMBER_OF]->(h), (a:Agency)-[:HOLDS]->(c:Case)-[:ABOUT]->(p)
  RETURN a, 'CASE' AS kind, c.id AS reference, coalesce(c.fields, [c.field]) AS categories, c.opened AS since, c.closed AS until,
         c.status AS status, null AS detail, p.id AS memberId, [a.id] AS recordedBy, false AS supportMeetingContent
  UNION ALL
  MATCH (a:Agency)-[:COORDINATES]->(pl:SupportPlan)-[:FOR]->(h)
  RETURN a, 'PLAN_ROLE' AS kind, pl.id AS reference, [a.field] AS categories, pl.created AS since, null AS until,
         pl.status AS status, '支援プランの調整（多機関協働）' AS detail, null AS memberId, [a.id] AS recordedBy,
         false AS supportMeetingContent
  UNION ALL
  MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan)-[:FOR]->(h),
        (pl)-[:ASSIGNS]->(r:PlanRole)-[:TO]->(a:Agency)
  OPTIONAL MATCH (r)-[:CONCERNS]->(p:Person)
  RETURN a, 'PLAN_ROLE' AS kind, pl.id AS reference, [r.field] AS categories, r.since AS since, null AS until,
         pl.status AS status, r.role AS detail, p.id AS memberId, [coordinator.id, a.id] AS recordedBy,
         false AS supportMeetingContent
  UNION ALL
  MATCH (a:Agency)-[:ATTENDED]->(m:Meeting)-[d:DISCUSSED]->(h)
  RETURN a, 'MEETING' AS kind, m.id AS reference, [a.field] AS categories, m.date AS since, null AS until,
         m.kind AS status, d.decision AS detail, null AS memberId,
         COLLECT { MATCH (x:Agency)-[:ATTENDED|CONVENED]->(m) RETURN DISTINCT x.id AS id } AS recordedBy,
         m.confidential AS supportMeetingContent
  UNION ALL
  MATCH (a:Agency)-[:MADE_VISIT]->(v:Visit)-[:TO]->(h)
  RETURN a, 'VISIT' AS kind, v.id AS reference, [a.field] AS categories, v.date AS since, null AS until,
         v.outcome AS status, null AS detail, null AS memberId, [a.id] AS recordedBy, false AS supportMeetingContent
}
RETURN householdId,
       a {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
          location: {latitude: a.location.latitude, longitude: a.location.longitude,
                     approximate: coalesce(a.locationApproximate, false)}} AS agency,
       kind, reference, categories, since, until, status, detail, memberId, recordedBy, supportMeetingContent
ORDER BY householdId, since, agency.name, kind, reference
