// The access facts: the one place in the Cypher that states which relationships give a reader's agency
// a basis for a household. AccessPolicy (graph-api, package access) decides on these facts in Java;
// graph-model.md states the rules. Named queries include a section with {{access.facts}} or
// {{access.candidates}}; CypherQueries puts the section's text there when it loads the query. Variables
// inside are prefixed `af` so that they never capture a variable of the query that includes them.

// fragment: facts
// An expression over the household `h` and the reader's agency `me` (null when the user works at no
// agency): whether the reader's agency is the 多機関協働 body (runs component 5, or convenes the
// municipality's 支援会議: Agency.convenesSupportMeetings), the members (and the day each joined, when
// recorded: a 支援会議 names only members who were in the household on its date), the members the reader's agency
// holds a case about, the outreach assignments to the reader's agency for the household (they open the
// home for OUTREACH; a visit or a signal of the reader's own opens nothing), the meetings the reader
// attended on the household that may share — confidential ones (a 支援会議, or a meeting under another
// law whose members are bound to secrecy, checked when it was recorded) and 重層的支援会議 — with their
// dates, kinds and, for a 重層的支援会議, the members discussed; and every consent of every member with
// the agencies it names (the meeting check needs all of them; the policy keeps those that reach the
// reader).
{
  agencyId: me.id,
  coordinationBody: {{access.coordination-body}},
  memberIds: COLLECT { MATCH (afPerson:Person)-[:MEMBER_OF]->(h) RETURN afPerson.id AS id ORDER BY id },
  membersJoined: COLLECT { MATCH (afPerson:Person)-[afMembership:MEMBER_OF]->(h) WHERE afMembership.since IS NOT NULL
                           RETURN {personId: afPerson.id, since: afMembership.since} AS afJoined
                           ORDER BY afJoined.personId },
  ownCasePersonIds: COLLECT { MATCH (h)<-[:MEMBER_OF]-(afPerson:Person)<-[:ABOUT]-(:Case)<-[:HOLDS]-(afHolder:Agency)
                              WHERE afHolder.id = me.id RETURN DISTINCT afPerson.id AS id ORDER BY id },
  outreachAssignments: COLLECT { MATCH (h)<-[:FOR]-(afAssignment:OutreachAssignment)-[:TO]->(afAssignee:Agency)
                                 WHERE afAssignee.id = me.id
                                 RETURN afAssignment {.id, .validFrom, .validTo,
                                                      revoked: afAssignment.revokedAt IS NOT NULL} AS afAssignmentFact
                                 ORDER BY afAssignmentFact.id },
  meetings: COLLECT { MATCH (h)<-[afDiscussed:DISCUSSED]-(afMeeting:Meeting)<-[:ATTENDED]-(afAttendee:Agency)
                      WHERE afAttendee.id = me.id
                        AND (coalesce(afDiscussed.confidential, afMeeting.confidential) OR 'MULTI_LAYER_MEETING' IN afMeeting.kinds)
                      RETURN DISTINCT {id: afMeeting.id, kinds: coalesce(afMeeting.kinds, [afMeeting.kind]),
                                       confidential: coalesce(afDiscussed.confidential, afMeeting.confidential),
                                       date: afMeeting.date,
                                       personIds: afDiscussed.personIds} AS afMeetingFact
                      ORDER BY afMeetingFact.date, afMeetingFact.id },
  consents: COLLECT { MATCH (h)<-[:MEMBER_OF]-(afPerson:Person)<-[:SUBJECT]-(afRecord:Consent)
                      RETURN afRecord {.id, .decision, .categories, .purposes, .validFrom, .validTo, .revokedAt,
                                meetingParticipants: coalesce(afRecord.meetingParticipants, false), subjectId: afPerson.id,
                                grantees: COLLECT { MATCH (afRecord)-[:GRANTS_TO]->(afGrantee:Agency) RETURN afGrantee.id AS id ORDER BY id }}
                             AS afConsent
                      ORDER BY afConsent.id }
}

// fragment: candidates
// A subquery body over the reader's agency `me` that returns `h`: every household the reader may have
// a basis for (its case about a member, a consent naming it, a confidential meeting or 重層的支援会議 it
// attended on the household). A superset: AccessPolicy decides on the facts which of them are visible.
// Section `candidate` states the same rule as a test of one household; HouseholdsPageTests checks that
// both find the same households for every agency.
  MATCH (me)-[:HOLDS]->(:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h:Household) RETURN h
  UNION
  MATCH (me)<-[:GRANTS_TO]-(:Consent)-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h:Household) RETURN h
  UNION
  MATCH (me)-[:ATTENDED]->(afMeeting:Meeting)-[afDiscussed:DISCUSSED]->(h:Household)
  WHERE coalesce(afDiscussed.confidential, afMeeting.confidential) OR 'MULTI_LAYER_MEETING' IN afMeeting.kinds
  RETURN h

// fragment: candidate
// A predicate over the household `h` and the reader's agency `me`: whether `h` is one of the reader's
// candidates (section `candidates`, the same three relationships, each tested from the household).
(EXISTS { (me)-[:HOLDS]->(:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h) }
 OR EXISTS { (me)<-[:GRANTS_TO]-(:Consent)-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h) }
 OR EXISTS { (me)-[:ATTENDED]->(afMeeting:Meeting)-[afDiscussed:DISCUSSED]->(h)
             WHERE coalesce(afDiscussed.confidential, afMeeting.confidential) OR 'MULTI_LAYER_MEETING' IN afMeeting.kinds })

// fragment: coordination-body
// A predicate over the reader's agency `me`: whether it is the 多機関協働 body — runs component 5, or the
// municipality named it to convene its 支援会議 (Agency.convenesSupportMeetings). It convenes 支援会議 and
// 重層的支援会議, assigns outreach, and learns the categories of what is withheld from it.
(me IS NOT NULL AND (5 IN coalesce(me.components, []) OR coalesce(me.convenesSupportMeetings, false)))

// fragment: case-holders
// A subquery body over the household `h` that returns `id`: every agency holding a case about a member
// (the case a meeting under another law discusses).
  MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:ABOUT]-(:Case)<-[:HOLDS]-(afHolder:Agency) RETURN DISTINCT afHolder.id AS id

// fragment: brought-by
// A subquery body over the household `h` that returns `id`: every agency that brings the household to a
// 支援会議 — it holds a case about a member, a consent of a member naming it, a signal about the household
// it received, or an outreach assignment to reach it.
  {{access.case-holders}}
  UNION
  MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:SUBJECT]-(afConsent:Consent)-[:GRANTS_TO]->(afGrantee:Agency)
  WHERE afConsent.decision = 'PERMIT' AND afConsent.revokedAt IS NULL
  RETURN afGrantee.id AS id
  UNION
  MATCH (h)<-[:ABOUT]-(:Signal)<-[:RECEIVED]-(afReceiver:Agency) RETURN afReceiver.id AS id
  UNION
  MATCH (h)<-[:FOR]-(:OutreachAssignment)-[:TO]->(afAssignee:Agency) RETURN afAssignee.id AS id

// fragment: holds-open-case(household)
// The write rule "your agency holds an open case about a member of the household": who may keep a
// household's record current, draw up its plan, or record its assessment. The reader's agency is me.
EXISTS { MATCH (me)-[:HOLDS]->(:Case {status: 'OPEN'})-[:ABOUT]->(:Person)-[:MEMBER_OF]->(household) }
