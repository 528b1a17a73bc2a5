// recordMeeting, before writing: the convener (its field: a meeting under another law is convened by
// an agency of that law's field), attending agencies that do not exist, and for each
// existing household discussed: its plans and the convener's access facts (section "facts" of
// fragments/access.cypher — the members and every member's consents, from which AccessPolicy decides
// who may be discussed at a 重層的支援会議). A household without a row does not exist.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN me.id AS agencyId, me.field AS field, coalesce(me.components, []) AS components,
       [id IN $agencyIds WHERE NOT EXISTS { MATCH (:Agency {id: id}) }] AS unknownAgencies,
       COLLECT {
         UNWIND $householdIds AS householdId
         MATCH (h:Household {id: householdId})
         RETURN {householdId: h.id,
                 plans: COLLECT { MATCH (pl:SupportPlan)-[:FOR]->(h) RETURN pl {.id, .status} },
                 access: {{access.facts}}} AS household
       } AS households
