// recordMeeting, before writing: the convener — its field (a meeting under another law is convened by
// an agency of that law's field) and whether it is the 多機関協働 body (component 5, or named by the
// municipality to convene its 支援会議) — the fields of the attending agencies (at a meeting held as
// several kinds, another law's body may take part as a co-convener), attending agencies that do not
// exist, and for each existing household discussed: its plans, the agencies holding a case about a
// member and the agencies that bring it (sections case-holders and brought-by of
// fragments/access.cypher), and the convener's
// access facts (section "facts" of fragments/access.cypher — the members and every member's consents,
// from which AccessPolicy decides who may be discussed at a 重層的支援会議). A household without a row
// does not exist.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN me.id AS agencyId, me.field AS field, coalesce(me.components, []) AS components,
       {{access.coordination-body}} AS coordinationBody,
       [id IN $agencyIds WHERE NOT EXISTS { MATCH (:Agency {id: id}) }] AS unknownAgencies,
       COLLECT { UNWIND $agencyIds AS attendingId MATCH (a:Agency {id: attendingId})
                 RETURN {agencyId: a.id, field: a.field} AS attending } AS attendingFields,
       COLLECT {
         UNWIND $householdIds AS householdId
         MATCH (h:Household {id: householdId})
         RETURN {householdId: h.id,
                 plans: COLLECT { MATCH (pl:SupportPlan)-[:FOR]->(h) RETURN pl {.id, .status} },
                 caseHolders: COLLECT { {{access.case-holders}} },
                 broughtBy: COLLECT { {{access.brought-by}} },
                 access: {{access.facts}}} AS household
       } AS households
