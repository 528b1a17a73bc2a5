// household(id): the household, its area, the reader's standing towards it (the access facts that
// AccessPolicy decides on) and, when the request selected them ($withMembers, $withAgencies), its
// members and involvements (fragments/household.cypher) — one statement for the whole field.
// $staffId is the signed-in user; $householdId the argument.
// The access facts are the section "facts" of fragments/access.cypher (from the household
// side, comparing the reader's agency by id): the rules are stated there once, decided by AccessPolicy.
MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN h {.id, .patterns, .address,
          location: {{projection.location(h)}}} AS household,
       {{projection.area(area)}} AS area,
       {{access.facts}} AS access,
       COLLECT {
         MATCH (h) WHERE $withMembers
         {{household.members}}
       } AS members,
       COLLECT {
         MATCH (h) WHERE $withAgencies
         {{household.involvements}}
       } AS involvements
