// Household.timeline: every recorded contact with one household, as a 支援経過記録 — cases opened and
// closed, consultations, つなぎ (referrals), visits, signals, meetings, plan changes, consents, participation,
// household changes (members added or gone, moves, patterns re-assessed) and assessments — each with
// the agency that acted, who recorded it (for OWN_AGENCY), the member it concerns (null: the whole
// household), its data categories, whether it is 支援会議 content, and when it was recorded (`at`, to
// order entries of one day), for AccessPolicy to decide entry by entry. A former member's cases and
// referrals stay in the record (FORMER_MEMBER_OF). Unordered; the service sorts, filters by kind and pages.
MATCH (h:Household {id: $householdId})
CALL (h) {
  MATCH (p:Person)-[:MEMBER_OF|FORMER_MEMBER_OF]->(h), (a:Agency)-[:HOLDS]->(c:Case)-[:ABOUT]->(p),
        (c)-[:HAS_CONSULTATION]->(con:Consultation)
  RETURN 'CONSULTATION' AS kind, con.id AS reference, con.date AS date, a AS agency, null AS other,
         p.id AS memberId, coalesce(con.fields, [c.field]) AS categories, [a.id] AS recordedBy,
         false AS supportMeetingContent, con.channel AS status, con.topics AS codes, con.summary AS detail,
         c.id AS parent, toString(con.recordedAt) AS at
  UNION ALL
  MATCH (p:Person)-[:MEMBER_OF|FORMER_MEMBER_OF]->(h), (a:Agency)-[:HOLDS]->(c:Case)-[:ABOUT]->(p)
  CALL (c) {
    RETURN c.opened AS date, 'OPENED' AS status, c.id AS reference, toString(c.recordedAt) AS at, null AS detail
    UNION ALL
    WITH c WHERE c.closed IS NOT NULL AND NOT EXISTS { (c)-[:CHANGED]->(:CaseChange) }
    RETURN c.closed AS date, 'CLOSED' AS status, c.id + '@closed' AS reference, null AS at, null AS detail
    UNION ALL
    MATCH (c)-[:CHANGED]->(change:CaseChange)
    RETURN change.date AS date, change.kind AS status, c.id + '@' + toString(change.recordedAt) AS reference,
           toString(change.recordedAt) AS at, change.reason AS detail
  }
  RETURN 'CASE' AS kind, reference, date, a AS agency, null AS other, p.id AS memberId,
         coalesce(c.fields, [c.field]) AS categories, [a.id] AS recordedBy, false AS supportMeetingContent, status,
         coalesce(c.fields, [c.field]) AS codes, detail, c.id AS parent, at
  UNION ALL
  MATCH (p:Person)-[:MEMBER_OF|FORMER_MEMBER_OF]->(h), (ref:Referral)-[:TO]->(toCase:Case)-[:ABOUT]->(p),
        (ref)-[:FROM]->(fromCase:Case), (from:Agency)-[:HOLDS]->(fromCase), (to:Agency)-[:HOLDS]->(toCase)
  RETURN 'REFERRAL' AS kind, ref.id AS reference, ref.date AS date, from AS agency, to AS other,
         p.id AS memberId, coalesce(fromCase.fields, [fromCase.field]) AS categories, [from.id, to.id] AS recordedBy,
         false AS supportMeetingContent, ref.direction AS status, [] AS codes, ref.reason AS detail,
         toCase.id AS parent, toString(ref.recordedAt) AS at
  UNION ALL
  MATCH (a:Agency)-[:MADE_VISIT]->(v:Visit)-[:TO]->(h)
  RETURN 'VISIT' AS kind, v.id AS reference, v.date AS date, a AS agency, null AS other, null AS memberId,
         [a.field] AS categories, [a.id] AS recordedBy, false AS supportMeetingContent, v.outcome AS status,
         [] AS codes, v.note AS detail, null AS parent, toString(v.recordedAt) AS at
  UNION ALL
  MATCH (a:Agency)-[:RECEIVED]->(s:Signal)-[:ABOUT]->(h)
  RETURN 'SIGNAL' AS kind, s.id AS reference, s.date AS date, a AS agency, null AS other, null AS memberId,
         [a.field] AS categories, [a.id] AS recordedBy, false AS supportMeetingContent, s.source AS status,
         [] AS codes, s.note AS detail, null AS parent, toString(s.recordedAt) AS at
  UNION ALL
  MATCH (m:Meeting)-[d:DISCUSSED]->(h)
  OPTIONAL MATCH (convener:Agency)-[:CONVENED]->(m)
  RETURN 'MEETING' AS kind, m.id AS reference, m.date AS date, convener AS agency, null AS other,
         null AS memberId, COLLECT { MATCH (x:Agency)-[:ATTENDED|CONVENED]->(m) RETURN DISTINCT x.field } AS categories,
         COLLECT { MATCH (x:Agency)-[:ATTENDED|CONVENED]->(m) RETURN DISTINCT x.id } AS recordedBy,
         true AS supportMeetingContent, d.decision AS status, m.kinds AS codes, d.evaluation AS detail,
         d.planId AS parent, toString(m.recordedAt) AS at
  UNION ALL
  MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan)-[:FOR]->(h)
  WITH pl, coordinator,
       COLLECT { MATCH (pl)-[:ASSIGNS]->(:PlanRole)-[:TO]->(x:Agency) RETURN DISTINCT x.id } AS roleAgencies,
       COLLECT { MATCH (pl)-[:ASSIGNS]->(r:PlanRole) RETURN DISTINCT r.field } AS roleFields
  CALL (pl, coordinator, roleAgencies, roleFields) {
    RETURN pl.created AS date, 'DRAFT' AS status, null AS meetingId, null AS detail, null AS at
    UNION ALL
    MATCH (m:Meeting)-[d:DISCUSSED {planId: pl.id}]->(:Household)
    WHERE d.decision IN ['APPROVE_PLAN', 'REPLAN', 'CLOSE', 'SUSPEND']
    RETURN m.date AS date, d.decision AS status, m.id AS meetingId, d.evaluation AS detail,
           toString(m.recordedAt) AS at
  }
  RETURN 'PLAN' AS kind, pl.id + coalesce('@' + meetingId, '') AS reference, date, coordinator AS agency,
         null AS other, null AS memberId, CASE WHEN roleFields = [] THEN [coordinator.field] ELSE roleFields END AS categories,
         [coordinator.id] + roleAgencies AS recordedBy, false AS supportMeetingContent, status,
         [] AS codes, detail, pl.id AS parent, at
  UNION ALL
  MATCH (p:Person)-[:MEMBER_OF]->(h), (a:Agency)-[:RECORDED]->(c:Consent)-[:SUBJECT]->(p)
  RETURN 'CONSENT' AS kind, c.id AS reference, c.validFrom AS date, a AS agency, null AS other,
         p.id AS memberId, c.categories AS categories, [a.id] AS recordedBy, false AS supportMeetingContent,
         CASE WHEN c.revokedAt IS NULL THEN c.decision ELSE 'REVOKED' END AS status, c.purposes AS codes,
         CASE WHEN c.revokedAt IS NULL THEN null ELSE c.revocationReason END AS detail, null AS parent,
         toString(c.recordedAt) AS at
  UNION ALL
  MATCH (p:Person)-[:MEMBER_OF]->(h), (a:Agency)-[:ARRANGED]->(pm:ParticipationMatch)-[:FOR]->(p),
        (pm)-[:TO]->(act:Activity)
  CALL (pm) {
    RETURN pm.started AS date, 'MATCHED' AS status, pm.id AS reference, pm.note AS detail,
           toString(pm.recordedAt) AS at
    UNION ALL
    MATCH (pm)-[:FOLLOWED_UP]->(f:FollowUp)
    RETURN f.date AS date, f.outcome AS status, f.id AS reference, f.note AS detail,
           toString(f.recordedAt) AS at
  }
  RETURN 'PARTICIPATION' AS kind, reference, date, a AS agency, null AS other, p.id AS memberId,
         [a.field] AS categories, [a.id] AS recordedBy, false AS supportMeetingContent, status,
         [act.name] AS codes, detail, pm.id AS parent, at
  UNION ALL
  MATCH (h)-[:CHANGED]->(change:HouseholdChange)<-[:RECORDED]-(a:Agency)
  RETURN 'HOUSEHOLD' AS kind, change.id AS reference, change.date AS date, a AS agency, null AS other,
         change.personId AS memberId, [a.field] AS categories, [a.id] AS recordedBy, false AS supportMeetingContent,
         change.kind AS status, CASE WHEN change.reason IS NULL THEN change.patterns ELSE [change.reason] END AS codes,
         change.note AS detail, null AS parent, toString(change.recordedAt) AS at
  UNION ALL
  MATCH (a:Agency)-[:ASSESSED]->(assessment:Assessment)-[:OF]->(h)
  RETURN 'ASSESSMENT' AS kind, assessment.id AS reference, assessment.date AS date, a AS agency, null AS other,
         null AS memberId, assessment.fields AS categories, [a.id] AS recordedBy, false AS supportMeetingContent,
         null AS status, assessment.fields AS codes, assessment.summary AS detail, null AS parent,
         toString(assessment.recordedAt) AS at
}
RETURN kind, reference, date, at, memberId, categories, recordedBy, supportMeetingContent, status, codes, detail, parent,
       CASE WHEN agency IS NULL THEN null ELSE {{projection.agency(agency)}} END AS agency,
       CASE WHEN other IS NULL THEN null ELSE {{projection.agency(other)}} END AS toAgency
