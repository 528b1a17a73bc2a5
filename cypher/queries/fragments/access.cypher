// The access facts: the one place in the Cypher that states which relationships give a reader's agency
// a basis for a household. AccessPolicy (graph-api, package access) decides on these facts in Java;
// graph-model.md states the rules. Named queries include a section with {{access.facts}} or
// {{access.candidates}}; CypherQueries puts the section's text there when it loads the query.

// fragment: facts
// An expression over the household `h` and the reader's agency `me` (null when the user works at no
// agency): the members, the reader's own cases about them with their categories, whether the reader
// visited the home, the 支援会議 and 重層的支援会議 the reader attended on the household (with their
// dates and, for a 重層的支援会議, the members discussed), and every consent of every member with the
// agencies it names (the meeting check needs all of them; the policy keeps those that reach the reader).
{
  agencyId: me.id,
  memberIds: COLLECT { MATCH (x:Person)-[:MEMBER_OF]->(h) RETURN x.id AS id ORDER BY id },
  ownCases: COLLECT { MATCH (h)<-[:MEMBER_OF]-(x:Person)<-[:ABOUT]-(c:Case)<-[:HOLDS]-(holder:Agency)
                      WHERE holder.id = me.id
                      RETURN {personId: x.id, caseId: c.id, categories: coalesce(c.fields, [c.field])} AS ownCase
                      ORDER BY ownCase.caseId },
  ownVisit: EXISTS { MATCH (h)<-[:TO]-(:Visit)<-[:MADE_VISIT]-(visitor:Agency) WHERE visitor.id = me.id },
  meetings: COLLECT { MATCH (h)<-[d:DISCUSSED]-(m:Meeting)<-[:ATTENDED]-(member:Agency)
                      WHERE member.id = me.id AND m.kind IN ['SUPPORT_MEETING', 'MULTI_LAYER_MEETING']
                      RETURN DISTINCT {id: m.id, kind: m.kind, date: m.date, personIds: d.personIds} AS meeting
                      ORDER BY meeting.date, meeting.id },
  consents: COLLECT { MATCH (h)<-[:MEMBER_OF]-(x:Person)<-[:SUBJECT]-(c:Consent)
                      RETURN c {.id, .decision, .categories, .purposes, .validFrom, .validTo, .revokedAt,
                                meetingParticipants: coalesce(c.meetingParticipants, false), subjectId: x.id,
                                grantees: COLLECT { MATCH (c)-[:GRANTS_TO]->(g:Agency) RETURN g.id AS id ORDER BY id }}
                             AS consent
                      ORDER BY consent.id }
}

// fragment: candidates
// A subquery body over the reader's agency `me` that returns `h`: every household the reader may have
// a basis for (its case about a member, a consent naming it, a 支援会議 or 重層的支援会議 it attended on
// the household). A superset: AccessPolicy decides on the facts which of them are visible.
  MATCH (me)-[:HOLDS]->(:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h:Household) RETURN h
  UNION
  MATCH (me)<-[:GRANTS_TO]-(:Consent)-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h:Household) RETURN h
  UNION
  MATCH (me)-[:ATTENDED]->(m:Meeting)-[:DISCUSSED]->(h:Household)
  WHERE m.kind IN ['SUPPORT_MEETING', 'MULTI_LAYER_MEETING']
  RETURN h
