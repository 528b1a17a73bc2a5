// The reader's access facts for households given by id (section "facts" of fragments/access.cypher),
// for services that must ask "may this user see this household or person" without reading the
// household for the client (consents, participation). $staffId is the signed-in user.
UNWIND $householdIds AS householdId
MATCH (h:Household {id: householdId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN h.id AS householdId, {{access.facts}} AS access
