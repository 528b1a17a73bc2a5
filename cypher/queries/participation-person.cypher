// suggestParticipation / matchParticipation: the person's household, home, birth year, and the
// needs in the household's running plans.
MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(h:Household)
RETURN p.id AS personId, p.birthYear AS birthYear, h.id AS householdId,
       CASE WHEN h.location IS NULL THEN null
            ELSE {latitude: h.location.latitude, longitude: h.location.longitude} END AS home,
       COLLECT { MATCH (pl:SupportPlan)-[:FOR]->(h) WHERE pl.status IN ['DRAFT', 'ACTIVE', 'UNDER_REVIEW']
                 UNWIND coalesce(pl.needs, []) AS need RETURN DISTINCT need } AS planNeeds
