// recordMeeting, before writing: the convener — its field (a meeting under another law is convened by
// an agency of that law's field) and whether it is the 多機関協働 body (component 5, or named by the
// municipality to convene its 支援会議) — the fields of the attending agencies (at a meeting held as
// several kinds, another law's body may take part as a co-convener), attending agencies that do not
// exist, and for each existing household discussed: its plans, the agencies holding a case about a
// member (the case a meeting under another law discusses), the agencies that bring it (a case, a
// consent naming them, a signal they received, an outreach assignment to them), and the convener's
// access facts (section "facts" of fragments/access.cypher — the members and every member's consents,
// from which AccessPolicy decides who may be discussed at a 重層的支援会議). A household without a row
// does not exist.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN me.id AS agencyId, me.field AS field, coalesce(me.components, []) AS components,
       me IS NOT NULL AND (5 IN coalesce(me.components, []) OR coalesce(me.convenesSupportMeetings, false))
         AS coordinationBody,
       [id IN $agencyIds WHERE NOT EXISTS { MATCH (:Agency {id: id}) }] AS unknownAgencies,
       COLLECT { UNWIND $agencyIds AS attendingId MATCH (a:Agency {id: attendingId})
                 RETURN {agencyId: a.id, field: a.field} AS attending } AS attendingFields,
       COLLECT {
         UNWIND $householdIds AS householdId
         MATCH (h:Household {id: householdId})
         RETURN {householdId: h.id,
                 plans: COLLECT { MATCH (pl:SupportPlan)-[:FOR]->(h) RETURN pl {.id, .status} },
                 caseHolders: COLLECT { MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:ABOUT]-(:Case)<-[:HOLDS]-(holder:Agency)
                                        RETURN DISTINCT holder.id },
                 broughtBy: COLLECT { MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:ABOUT]-(:Case)<-[:HOLDS]-(bringer:Agency)
                                      RETURN bringer.id AS id
                                      UNION
                                      MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:SUBJECT]-(c:Consent)-[:GRANTS_TO]->(bringer:Agency)
                                      WHERE c.decision = 'PERMIT' AND c.revokedAt IS NULL
                                      RETURN bringer.id AS id
                                      UNION
                                      MATCH (h)<-[:ABOUT]-(:Signal)<-[:RECEIVED]-(bringer:Agency)
                                      RETURN bringer.id AS id
                                      UNION
                                      MATCH (h)<-[:FOR]-(:OutreachAssignment)-[:TO]->(bringer:Agency)
                                      RETURN bringer.id AS id },
                 access: {{access.facts}}} AS household
       } AS households
