// Household.members and Household.agencies, in one statement for a set of households: household(id)
// and households run it in the same read transaction as their access facts when the request selects
// either field, and the batch loaders run it for any household that came without them.
// members: only the members AccessPolicy already allowed ($allowed: a list of {householdId, personId}),
// so no withheld name or contact detail ever leaves the database; head of household first, then
// oldest first. Empty when $allowed is.
// involvements: every link between an agency and each of $householdIds — a case about a member, a
// plan the agency coordinates or has a role in, a meeting that discussed the household, a visit — with
// who recorded it, its data categories (a case: the fields of its consultations; otherwise the acting
// agency's or the role's field) and its date, for AccessPolicy to decide item by item; earliest first.
// Empty when $householdIds is.
RETURN COLLECT {
         UNWIND $allowed AS allowed
         MATCH (p:Person {id: allowed.personId})-[m:MEMBER_OF]->(h:Household {id: allowed.householdId})
         WITH h, p, m
         ORDER BY h.id, CASE m.relation WHEN 'HEAD' THEN 0 ELSE 1 END, p.birthYear, p.id
         RETURN {householdId: h.id, id: p.id, name: p.name, birthYear: p.birthYear, relation: m.relation,
                 phone: p.phone, contactNote: p.contactNote} AS member
       } AS members,
       COLLECT {
         UNWIND $householdIds AS householdId
         MATCH (h:Household {id: householdId})
         CALL (h) {
           MATCH (p:Person)-[:MEMBER_OF]->(h)
           MATCH (a:Agency)-[:HOLDS]->(c:Case)-[:ABOUT]->(p)
           RETURN a, 'CASE' AS kind, c.id AS reference, coalesce(c.fields, [c.field]) AS categories, c.opened AS since,
                  c.closed AS until, c.status AS status, null AS detail, p.id AS memberId, [a.id] AS recordedBy,
                  false AS supportMeetingContent
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
                  v.outcome AS status, null AS detail, null AS memberId, [a.id] AS recordedBy,
                  false AS supportMeetingContent
         }
         WITH householdId, a, kind, reference, categories, since, until, status, detail, memberId, recordedBy,
              supportMeetingContent
         ORDER BY householdId, since, a.name, kind, reference
         RETURN {householdId: householdId,
                 agency: a {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
                            location: {latitude: a.location.latitude, longitude: a.location.longitude,
                                       approximate: coalesce(a.locationApproximate, false)}},
                 kind: kind, reference: reference, categories: categories, since: since, until: until,
                 status: status, detail: detail, memberId: memberId, recordedBy: recordedBy,
                 supportMeetingContent: supportMeetingContent} AS involvement
       } AS involvements
