// Declares the graph's vocabulary — the labels, relationship types and property keys the named queries
// read — before the first write that would bring them: a token, once made, stays, so the planner knows
// every name even on a new or small graph and plans each named query without an "unknown label /
// relationship type / property" notification (NamedQueriesTests counts them: zero). One node carries
// the names for a moment and is removed in the same transaction; no data stays.
CREATE (v:VocabularyDeclaration:ParticipationMatch:Consultation:FollowUp:CaseChange:HouseholdChange:Assessment:MeetingMember
        {phone: 0, contactNote: 0, recordedAt: 0, recordedBy: 0, revokedAt: 0, revokedBy: 0, revocationReason: 0,
         evaluation: 0, summary: 0, started: 0, ended: 0, rrule: 0, topics: 0, channel: 0, revised: 0,
         receivesContent: 0, dutyBasis: 0, confidentialityDuty: 0, identifiedOn: 0, result: 0, priorBasis: 0,
         personId: 0, openedBy: 0, findings: 0, fields: 0, disabledReason: 0, disabledAt: 0, closeReason: 0,
         reason: 0, note: 0, patterns: 0, statusChanged: 0, since: 0, left: 0, proxy: 0, kinds: 0,
         confidential: 0, outcome: 0, party: 0, updatedAt: 0, updatedBy: 0, createdAt: 0, createdBy: 0,
         disabled: 0, registeredOn: 0, registeredBy: 0, origin: 0, lastOutcome: 0})
CREATE (v)-[:HAS_CONSULTATION]->(v), (v)-[:RECEIVED]->(v), (v)-[:OF]->(v), (v)-[:FORMER_MEMBER_OF]->(v),
       (v)-[:FOLLOWED_UP]->(v), (v)-[:CHANGED]->(v), (v)-[:BASED_ON]->(v), (v)-[:ARRANGED]->(v),
       (v)-[:TOOK_PART_IN]->(v), (v)-[:IS_PERSON]->(v), (v)-[:ASSESSED]->(v), (v)-[:TOUCHED]->(v),
       (v)-[:CONCERNS]->(v), (v)-[:RECORDED]->(v), (v)-[:FROM]->(v), (v)-[:TO]->(v), (v)-[:BY]->(v),
       (v)-[:IN_AREA]->(v), (v)-[:TAKES_PART_IN]->(v), (v)-[:GRANTED_BY]->(v)
WITH v
DETACH DELETE v;
