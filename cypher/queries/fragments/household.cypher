// A household's members and the agencies' involvements with it, for the household `h` bound by the
// query that includes a section: household-by-id reads them in the same statement as the household's
// access facts, household-details for the households that came without them (the batch loaders).
// Each section but page-filter (the households(filter) test) is a subquery body ending in RETURN, for a
// COLLECT { … }. Every member is read: HouseholdService keeps the rows AccessPolicy found a basis for
// and drops the rest before anything is answered, so the decision is made in one place. Variables are
// prefixed `hd` so that they never capture a variable of the query that includes them.

// fragment: members
// Head of household first, then oldest first.
MATCH (hdPerson:Person)-[hdMember:MEMBER_OF]->(h)
WITH h, hdPerson, hdMember
ORDER BY CASE hdMember.relation WHEN 'HEAD' THEN 0 ELSE 1 END, hdPerson.birthYear, hdPerson.id
RETURN {householdId: h.id, id: hdPerson.id, name: hdPerson.name, birthYear: hdPerson.birthYear,
        relation: hdMember.relation, phone: hdPerson.phone, contactNote: hdPerson.contactNote} AS member

// fragment: involvements
// Every link between an agency and the household — a case about a member, a plan the agency
// coordinates or has a role in, a meeting that discussed the household, a visit — with who recorded
// it, its data categories (a case: the fields of its consultations; otherwise the acting agency's or
// the role's field) and its date, for AccessPolicy to decide item by item; earliest first.
CALL (h) {
  MATCH (p:Person)-[:MEMBER_OF]->(h)
  MATCH (a:Agency)-[:HOLDS]->(c:Case)-[:ABOUT]->(p)
  RETURN a AS hdAgency,
         {kind: 'CASE', reference: c.id, categories: coalesce(c.fields, [c.field]), since: c.opened, until: c.closed,
          status: c.status, detail: null, memberId: p.id, recordedBy: [a.id], supportMeetingContent: false} AS hdLink
  UNION ALL
  MATCH (a:Agency)-[:COORDINATES]->(pl:SupportPlan)-[:FOR]->(h)
  RETURN a AS hdAgency,
         {kind: 'PLAN_ROLE', reference: pl.id, categories: [a.field], since: pl.created, until: null,
          status: pl.status, detail: '支援プランの調整（多機関協働）', memberId: null, recordedBy: [a.id],
          supportMeetingContent: false} AS hdLink
  UNION ALL
  MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan)-[:FOR]->(h),
        (pl)-[:ASSIGNS]->(r:PlanRole)-[:TO]->(a:Agency)
  OPTIONAL MATCH (r)-[:CONCERNS]->(p:Person)
  RETURN a AS hdAgency,
         {kind: 'PLAN_ROLE', reference: pl.id, categories: [r.field], since: r.since, until: null, status: pl.status,
          detail: r.role, memberId: p.id, recordedBy: [coordinator.id, a.id], supportMeetingContent: false} AS hdLink
  UNION ALL
  MATCH (a:Agency)-[:ATTENDED]->(m:Meeting)-[d:DISCUSSED]->(h)
  RETURN a AS hdAgency,
         {kind: 'MEETING', reference: m.id, categories: [a.field], since: m.date, until: null, status: m.kind,
          detail: d.decision, memberId: null,
          recordedBy: COLLECT { MATCH (x:Agency)-[:ATTENDED|CONVENED]->(m) RETURN DISTINCT x.id AS id },
          supportMeetingContent: m.confidential} AS hdLink
  UNION ALL
  MATCH (a:Agency)-[:MADE_VISIT]->(v:Visit)-[:TO]->(h)
  RETURN a AS hdAgency,
         {kind: 'VISIT', reference: v.id, categories: [a.field], since: v.date, until: null, status: v.outcome,
          detail: null, memberId: null, recordedBy: [a.id], supportMeetingContent: false} AS hdLink
}
WITH h, hdAgency, hdLink
ORDER BY hdLink.since, hdAgency.name, hdLink.kind, hdLink.reference
RETURN hdLink {.*, householdId: h.id,
               agency: {{projection.agency(hdAgency)}}} AS involvement

// fragment: page-filter
// A predicate over the household `h`: the households(filter) arguments — in area $areaId (null: any),
// with every pattern in $patterns, and, with $text, an address containing $text or a member whose name or
// kana, spaces removed, contains $textKey (the text normalised by PersonName). A superset: which member's
// name may be matched is decided after the policy (section name-matches).
($areaId IS NULL OR EXISTS { (h)-[:IN_AREA]->(:Area {id: $areaId}) })
AND all(pattern IN $patterns WHERE pattern IN h.patterns)
AND ($text IS NULL OR h.address CONTAINS $text
     OR EXISTS { MATCH (hdFound:Person)-[:MEMBER_OF]->(h)
                 WHERE {{household.name-contains(hdFound)}} })

// fragment: name-contains(person)
// A member's name or kana, spaces (half and full width) removed, contains $textKey.
(replace(replace(coalesce(person.name, ''), ' ', ''), '　', '') CONTAINS $textKey
 OR replace(replace(coalesce(person.nameKana, ''), ' ', ''), '　', '') CONTAINS $textKey)
